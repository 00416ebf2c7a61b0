import { useEffect, useState } from 'react';
import type { AtlasData, Scene } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { withRenderedScene } from '../export/scene-renderer';

/** The frame scenes are composed for (16:9), drawn at half size: enough to recognise a slide. */
const FRAME = { width: 960, height: 540 } as const;

/**
 * A picture of one scene for the presenter: drawn off screen the way the presentation shows it,
 * then kept as an image so the presenter's screen holds no live maps.
 */
export function SceneThumbnail(props: { readonly atlas: AtlasData; readonly scenes: readonly Scene[]; readonly index: number; readonly language: LabelLanguage; readonly label: string }) {
  const { atlas, scenes, index, language, label } = props;
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    void withRenderedScene(atlas, scenes, index, { language, theme: 'standard', ...FRAME }, (cy) =>
      cy.png({ output: 'blob-promise', full: false, scale: 0.5, bg: '#ffffff' }),
    ).then((blob) => {
      if (cancelled) return;
      url = URL.createObjectURL(blob);
      setImage(url);
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [atlas, scenes, index, language]);

  return (
    <figure className="presenter__thumbnail">
      {image ? <img src={image} alt={label} width={FRAME.width / 2} height={FRAME.height / 2} /> : <div className="presenter__thumbnail-empty" role="img" aria-label={label} />}
    </figure>
  );
}

import { Fragment } from 'react';
import { breakTokens, containsCjk, wordsInside } from '../i18n/line-breaks';

/**
 * A name that wraps where the map's labels do: a long Japanese compound between its parts
 * (内閣官房情報｜セキュリティセンター), not at whichever character reaches the edge of a narrow
 * column (内閣官房情報セキュリティセ｜ンター); a part still too long for the column between the
 * words of its katakana (インフラストラクチャー｜セキュリティ庁). English wraps between words as usual.
 * Each part is an inline block, so that the line breaks between parts wherever it can, and inside
 * one only when the part alone is wider than the line (breaks have no priority otherwise).
 */
export function BreakableName({ text }: { readonly text: string }) {
  if (!containsCjk(text)) return <>{text}</>;
  return (
    <>
      {breakTokens(text).map((token, index) => (
        <Fragment key={index}>
          {index > 0 && (token.spaced ? ' ' : <wbr />)}
          <span className="breakable-name__part">
            {wordsInside(token.text).map((word, at) => (
              <Fragment key={at}>
                {at > 0 && <wbr />}
                {word}
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </>
  );
}

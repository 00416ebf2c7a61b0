import { Fragment } from 'react';
import { breakTokens, containsCjk } from '../map/labels/line-breaks';

/**
 * A name that wraps where the map's labels do: a long Japanese compound between its parts
 * (内閣官房情報｜セキュリティセンター), not at whichever character reaches the edge of a narrow
 * column (内閣官房情報セキュリティセ｜ンター). English wraps between words as usual.
 */
export function BreakableName({ text }: { readonly text: string }) {
  if (!containsCjk(text)) return <>{text}</>;
  return (
    <>
      {breakTokens(text).map((token, index) => (
        <Fragment key={index}>
          {index > 0 && (token.spaced ? ' ' : <wbr />)}
          {token.text}
        </Fragment>
      ))}
    </>
  );
}

import type { LabelLanguage } from '../../../domain/languages';

/**
 * Keeps the audience view and the presenter view (a second window on the laptop, or another
 * browser tab) on the same scene. Both are pages of the same origin, so a BroadcastChannel
 * carries the messages without the main process.
 */
export type PresentationMessage =
  | {
      readonly type: 'state';
      readonly briefingId: number;
      readonly index: number;
      readonly language: LabelLanguage;
      readonly startedAt: number;
      readonly blackedOut: boolean;
    }
  | { readonly type: 'hello' }
  | { readonly type: 'go-to'; readonly index: number }
  | { readonly type: 'language'; readonly language: LabelLanguage }
  | { readonly type: 'black'; readonly blackedOut: boolean }
  | { readonly type: 'stop' };

const CHANNEL_NAME = 'alliance-atlas-presentation';

export function openPresentationChannel(onMessage: (message: PresentationMessage) => void): { post(message: PresentationMessage): void; close(): void } {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<PresentationMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

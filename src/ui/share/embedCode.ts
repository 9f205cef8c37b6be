// The <iframe> snippet of the Share dialog's "Embed code": the share link with `embed=1`, a title
// (frames need an accessible name), and a size that fits a course page.
import { embedLink } from '../../store/shareLog';

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedCode(link: string, title: string): string {
  const name = title ? `KafkaScope: ${title}` : 'KafkaScope';
  return `<iframe src="${attr(embedLink(link))}" title="${attr(name)}" width="960" height="640" style="border:0" loading="lazy"></iframe>`;
}

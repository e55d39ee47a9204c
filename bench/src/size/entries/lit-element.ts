// The floor for any Lit widget: one LitElement with styles, a property and a template.
import { css, html, LitElement } from 'lit';

class PracticeHeading extends LitElement {
  static override properties = { heading: {} };
  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
  `;
  declare heading: string;

  constructor() {
    super();
    this.heading = '';
  }

  override render() {
    return html`<h3 part="title">${this.heading}</h3>`;
  }
}
customElements.define('practice-heading', PracticeHeading);

/**
 * The certificate's styles: on screen, printed, and inside the downloaded file, which
 * must stand alone. Sizes follow the certificate's width (container units), so it keeps
 * its A4 landscape proportions from a desktop to paper; on a phone the text keeps a
 * readable floor and the certificate grows taller to hold it. Selectors start with
 * .certificate so the player's own heading and paragraph rules never win over them. System serif fonts: nothing to download.
 */
export const CERTIFICATE_CSS = `
.certificate{box-sizing:border-box;container-type:inline-size;inline-size:100%;aspect-ratio:297/210;margin:0;
display:flex;flex-direction:column;align-items:center;justify-content:center;gap:1.4cqi;padding:5cqi 7cqi;text-align:center;
background:#fff;color:#1f2933;border:1px solid #66737e;border-radius:6px;
box-shadow:inset 0 0 0 2.2cqi #fff,inset 0 0 0 2.6cqi var(--brand,#a63a2a);
font-family:Georgia,Cambria,"Times New Roman","Noto Serif","Noto Naskh Arabic",serif;line-height:1.3}
.certificate>*{margin:0}
.certificate .cert-org{display:flex;align-items:center;gap:1.5cqi;font:600 max(.875rem,2.2cqi)/1.2 system-ui,sans-serif;color:#52606d}
.certificate .cert-org img{block-size:6cqi;inline-size:auto}
.certificate .cert-title{font-size:max(1.25rem,5cqi);font-weight:700;letter-spacing:.02em;color:var(--brand,#a63a2a)}
.certificate .cert-line{font-size:max(.875rem,2.4cqi);color:#52606d}
.certificate .cert-name{font-size:max(1.5rem,6cqi);font-weight:700;border-block-end:1px solid #c8d1d6;padding:0 4cqi .6cqi;max-inline-size:100%}
.certificate .cert-course{font-size:max(1rem,3.6cqi);font-weight:700}
.certificate .cert-facts{display:flex;gap:6cqi;font:max(.8125rem,2.2cqi)/1.3 system-ui,sans-serif;margin-block-start:2cqi}
.certificate .cert-facts div{display:flex;flex-direction:column}
.certificate .cert-facts dt{color:#52606d}
.certificate .cert-facts dd{margin:0;font-weight:600}
.cert-name-form label{display:block;margin-block-end:.25rem}.cert-name-form input{inline-size:100%}
@media (forced-colors:active){.certificate{border:3px double CanvasText}.certificate .cert-title{color:CanvasText}}
`;

/** One landscape page, on A4 or Letter, whichever is in the printer. */
export const PAGE_CSS = '@page{size:landscape;margin:10mm}';

/**
 * Only while the certificate prints from the player: the page itself stops at one sheet (the
 * rest of the screen is hidden by player.css, but would still take up paper), and the
 * certificate fills that sheet.
 */
export const PRINT_CSS = `${PAGE_CSS}html,body{block-size:100%;overflow:hidden}html[data-printing] .certificate[data-print-target]{position:fixed;inset:0;aspect-ratio:auto;border:0}`;

/** The part of `@pagefind/default-ui` the site uses; the package ships no type declarations. */
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: { element: HTMLElement | string } & Record<string, unknown>);
    destroy(): void;
  }
}

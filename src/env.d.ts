declare namespace App {
  interface Locals {
    /** The reader's language of the page being rendered; author components read it. */
    lang?: string;
  }
}

declare namespace App {
  interface Locals {
    /** Set by a quarterly report page: MDX components in its narrative show that quarter. */
    rapportKwartaal?: string;
  }
}

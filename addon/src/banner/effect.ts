/**
 * `{{effect this.apply this.value}}`: calls `apply(value)` when the template
 * renders and again whenever `value` changes, and renders nothing. For work
 * that must follow tracked state even while the component renders no
 * element of its own (a modifier needs one): telling the page's clock when
 * to wake the banner, reporting bad settings once. What `apply` starts must
 * belong to something with a destructor (here, the banner's clock
 * subscription); the getter that computes `value` stays pure.
 */
export function effect<T>(apply: (value: T) => void, value: T): void {
  apply(value);
}

// The Claims switch and the table's claims rows as one on-demand part: one chunk to name and fetch.
export { ClaimsRow } from './ClaimsRow';
export { ClaimsSwitch } from './ClaimsSwitch';

// The Claims switch and the table's claims rows, loaded on demand (claims-ui.ts): once the first map
// is drawn (the switch is on screen in the embedded layout), or when the switch is first turned on.
import { lazyComponent } from '../lazy';
import { ClaimsSwitchSpace } from './claims-switch-space';

export const ClaimsSwitch = lazyComponent(() => import('./claims-ui').then((m) => m.ClaimsSwitch), { afterMap: true, placeholder: ClaimsSwitchSpace });
export const ClaimsRow = lazyComponent(() => import('./claims-ui').then((m) => m.ClaimsRow));

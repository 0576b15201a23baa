// The Claims switch and the table's claims rows, loaded on demand: the switch once the first map is
// drawn (it is on screen in the embedded layout), the rows when the switch is first turned on.
import { lazyComponent } from '../lazy';

export const ClaimsSwitch = lazyComponent(() => import('./ClaimsSwitch').then((m) => m.ClaimsSwitch), { afterMap: true });
export const ClaimsRow = lazyComponent(() => import('./ClaimsRow').then((m) => m.ClaimsRow));

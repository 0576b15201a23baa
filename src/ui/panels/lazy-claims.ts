// The Claims switch and column, loaded on demand: the switch once the first map is drawn (it is on
// screen in the embedded layout), the column when the switch is first turned on.
import { lazyComponent } from '../lazy';

export const ClaimsSwitch = lazyComponent(() => import('./ClaimsSwitch').then((m) => m.ClaimsSwitch), { afterMap: true });
export const ClaimsHead = lazyComponent(() => import('./ClaimsCell').then((m) => m.ClaimsHead));
export const ClaimsCell = lazyComponent(() => import('./ClaimsCell').then((m) => m.ClaimsCell));

// What the map frames at first: computed in core (pictures frame a dataset the same way), re-exported here.
export { frameMinZoom, initialFrame } from '../core/initial-frame';

import type { IncidentType } from '../data/vocabulary.ts';

/**
 * Paul Tol's "muted" qualitative palette: nine colours that stay distinct for the common
 * forms of colour blindness (documented in Tol's technical note on colour schemes, SRON).
 */
export const TYPE_COLORS: Record<IncidentType, string> = {
  journalist_attack: '#CC6677',
  protest: '#DDCC77',
  detention: '#332288',
  prosecution: '#88CCEE',
  extradition: '#117733',
  media_restriction: '#44AA99',
  organization_ban: '#999933',
  killing: '#882255',
  torture: '#AA4499',
};

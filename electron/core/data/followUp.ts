/**
 * §2.1/§2.2 when a case's follow-up is due: its follow-up date is today or past and the case is
 * still open. One rule for the case list's filter and the agenda proposal. A SQL condition on the
 * `cases` row aliased `c`, with the parameter `@today` (ISO date); NULL dates never compare true.
 */
export const FOLLOW_UP_DUE = `(c.follow_up_on <= @today AND c.status NOT IN ('afgesloten', 'ingetrokken'))`;

import { migration001 } from './001_base';
import { migration002 } from './002_catalogues';
import { migration003 } from './003_cases';
import { migration004 } from './004_tafels';
import { migration005 } from './005_knelpunten';
import { migration006 } from './006_escalation_history';
import { migration007 } from './007_follow_up';
import { migration008 } from './008_escalation_notes';
import { migration009 } from './009_weekbedrag_request';
import { migration010 } from './010_audit_mac';
import { migration011 } from './011_retention';
import { migration012 } from './012_target_partner';
import { migration013 } from './013_baselines_lessons';
import { migration014 } from './014_beleid';
import { migration015 } from './015_intake_fields';
import { migration016 } from './016_beleid_catch_up';
import { migration017 } from './017_sum_indexes';
import { migration018 } from './018_afwegingskader';
import { migration019 } from './019_case_summaries';
import { migration020 } from './020_case_year_shares';
import { migration021 } from './021_case_figures';
import { migration022 } from './022_year_share_gemeente';
import type { Migration } from './types';

/** Every schema version, in order. Add a file per version; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018, migration019, migration020, migration021, migration022];

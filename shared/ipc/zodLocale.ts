import { z } from 'zod';

/** zod speaks Dutch everywhere it is used (hosts, CLI, renderer): its messages reach people. */
z.config(z.locales.nl());

import config from '@chatapi/tools/client-config/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig(config);

import config from '@chatapi/tools/client-config/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(config);

#!/usr/bin/env node
// The installed `ladder` command: runs the compiled CLI (npm install builds it).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv);

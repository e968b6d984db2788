// Preload (`node -r bench/sql-log.cjs …`): appends every statement the process sends through
// `pg` to the file in BENCH_SQL_LOG, one JSON line each. Used once to copy the API's SQL into
// the floor server (bench/floor.mjs); never loaded during a measurement.
const { appendFileSync } = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_SQL_LOG;
if (file) {
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function query(config, values, callback) {
    const text = typeof config === 'string' ? config : config?.text;
    const params = Array.isArray(values) ? values : config?.values;
    if (text) appendFileSync(file, `${JSON.stringify({ text, values: params ?? [] })}\n`);
    return original.call(this, config, values, callback);
  };
}

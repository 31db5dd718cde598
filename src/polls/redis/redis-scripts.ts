/**
 * The Lua scripts that change a poll in Redis, each run atomically by Redis, so votes from
 * several instances never overwrite one another and two starts never pass the cap together.
 * Every script takes the same keys: KEYS[1] the poll's hash (its record, `closed`, `version`),
 * KEYS[2] voter → choice, KEYS[3] choice → votes, KEYS[4] the open polls by expiry.
 * Those that change a poll answer with its state: { poll hash, counts hash } as flat lists.
 */
const STATE = `{redis.call('HGETALL', KEYS[1]), redis.call('HGETALL', KEYS[3])}`;

/** ARGV: now, most open polls, expiresAt, tourId, step, choices (JSON), presenterHash, code, voterKey. */
export const INSERT_POLL = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'taken' end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[4]) >= tonumber(ARGV[2]) then return 'full' end
redis.call('HSET', KEYS[1], 'tourId', ARGV[4], 'step', ARGV[5], 'choices', ARGV[6], 'expiresAt', ARGV[3], 'presenterHash', ARGV[7], 'voterKey', ARGV[9], 'closed', '0', 'version', '0')
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[8])
return 'inserted'`;

export const READ_POLL = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
return ${STATE}`;

/** ARGV: voter, choice, most voters. A voter's new choice moves their one vote. */
export const VOTE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'missing' end
if redis.call('HGET', KEYS[1], 'closed') == '1' then return 'closed' end
local previous = redis.call('HGET', KEYS[2], ARGV[1])
if not previous and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[3]) then return 'full' end
if previous ~= ARGV[2] then
  if previous then redis.call('HINCRBY', KEYS[3], previous, -1) end
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
  local expiresAt = redis.call('HGET', KEYS[1], 'expiresAt')
  redis.call('PEXPIREAT', KEYS[2], expiresAt)
  redis.call('PEXPIREAT', KEYS[3], expiresAt)
end
redis.call('HINCRBY', KEYS[1], 'version', 1)
return ${STATE}`;

/** ARGV: code. Closing twice changes nothing; a closed poll leaves the open set. */
export const CLOSE_POLL = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if redis.call('HGET', KEYS[1], 'closed') ~= '1' then
  redis.call('HSET', KEYS[1], 'closed', '1')
  redis.call('HINCRBY', KEYS[1], 'version', 1)
  redis.call('ZREM', KEYS[4], ARGV[1])
end
return ${STATE}`;

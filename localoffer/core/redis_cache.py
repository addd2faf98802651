"""The shared cache on Redis: Django's own backend, asking Redis through one client object a process.

Django's backend makes a new `redis.Redis` client around its connection pool for every call, and making one
costs more than most calls themselves (a service page makes three: the glossary's version, then the kept
page is looked for and, the first time, kept). A client holds no connection of its own (it borrows one from
the pool for each command, the pool being safe across threads and after a fork), so one made once does the
same work.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    """Django's client to Redis, making the `redis.Redis` client for each server once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client

    def set_many(self, data, timeout):
        """One value is set as `set` sets it, in one command rather than a pipeline of two."""
        if len(data) == 1:
            ((key, value),) = data.items()
            return self.set(key, value, timeout)
        return super().set_many(data, timeout)


class RedisCache(redis.RedisCache):
    """Django's Redis cache (settings CACHES' BACKEND) with the client above."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

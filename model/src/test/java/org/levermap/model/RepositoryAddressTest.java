package org.levermap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepositoryAddressTest {

    @Test
    void httpsSshAndGitsScpFormGiveHostAndSegments() {
        RepositoryAddress expected = new RepositoryAddress("github.com", List.of("redis", "redis.git"));
        assertEquals(expected, RepositoryAddress.parse("https://GitHub.com/redis/redis.git").orElseThrow());
        assertEquals(expected, RepositoryAddress.parse("ssh://git@github.com/redis/redis.git").orElseThrow());
        assertEquals(expected, RepositoryAddress.parse("git@github.com:redis/redis.git").orElseThrow());
        assertEquals(List.of("a", "b"), RepositoryAddress.parse(" https://host/a//b/ ").orElseThrow().segments());
    }

    @Test
    void aPathOrAnythingWithoutAHostIsNoAddress() {
        assertTrue(RepositoryAddress.parse("../repos/redis").isEmpty());
        assertTrue(RepositoryAddress.parse("").isEmpty());
        assertTrue(RepositoryAddress.parse(null).isEmpty());
        assertTrue(RepositoryAddress.parse("https://exa mple.com/x").isEmpty());
    }
}

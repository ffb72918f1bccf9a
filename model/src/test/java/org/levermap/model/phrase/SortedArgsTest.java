package org.levermap.model.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedArgsTest {

    private static final Arg A = new Arg.Count(1);
    private static final Arg B = new Arg.Text("b");
    private static final Arg C = new Arg.Actor("c");

    @Test
    void sortsByNameAndBehavesAsTheTreeMapItReplaces() {
        Map<String, Arg> in = new HashMap<>(Map.of("zeta", A, "alpha", B, "mid", C));
        SortedArgs args = SortedArgs.of(in);
        TreeMap<String, Arg> tree = new TreeMap<>(in);
        assertEquals(List.of("alpha", "mid", "zeta"), List.copyOf(args.keySet()));
        assertEquals(tree, args);
        assertEquals(args, tree);
        assertEquals(tree.hashCode(), args.hashCode());
        assertEquals(tree.toString(), args.toString());
        assertSame(C, args.get("mid"));
        assertNull(args.get("nope"));
        assertNull(args.get(3));
        assertTrue(args.containsKey("zeta"));
        assertFalse(args.containsKey("zet"));
    }

    @Test
    void withAddsInOrderOrReplacesAndLeavesTheOriginal() {
        SortedArgs args = SortedArgs.of(Map.of("b", B));
        SortedArgs more = args.with("a", A).with("c", C);
        assertEquals(List.of("a", "b", "c"), List.copyOf(more.keySet()));
        assertEquals(Map.of("b", B), args);
        SortedArgs replaced = more.with("b", C);
        assertSame(C, replaced.get("b"));
        assertSame(B, more.get("b"));
        assertEquals(3, replaced.size());
    }

    @Test
    void isUnmodifiable() {
        SortedArgs args = SortedArgs.of(Map.of("a", A));
        assertThrows(UnsupportedOperationException.class, () -> args.put("b", B));
        assertThrows(UnsupportedOperationException.class, () -> args.entrySet().iterator().next().setValue(B));
        assertThrows(UnsupportedOperationException.class, () -> args.keySet().remove("a"));
        assertEquals(0, SortedArgs.of(Map.of()).size());
    }
}

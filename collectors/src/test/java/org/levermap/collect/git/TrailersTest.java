package org.levermap.collect.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each case was checked against git 2.39: {@code git log --format='%(trailers:key=Signed-off-by)'}. */
class TrailersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Title\\n\\nSigned-off-by: A <a@x>\\n | true",
            "Title\\nSigned-off-by: A <a@x>\\n | false",
            "Title\\n\\nBody text here.\\nSigned-off-by: A <a@x>\\n | true",
            "Title\\n\\nBody text here.\\nMore body.\\nEven more.\\nStill more.\\nSigned-off-by: A <a@x>\\n | false",
            "Title\\n\\nBody text here.\\nMore body.\\nEven more.\\nStill more.\\nReviewed-by: B <b@x>\\n | false",
            "Title\\n\\nsigned-off-by: A <a@x>\\n | true",
            "Title\\n\\nSigned-off-by: A <a@x>\\n\\nTrailing paragraph.\\n | false",
            "Title\\n\\nCo-authored-by: C <c@x>\\n  continued\\nSigned-off-by: A <a@x>\\n | true",
            "Title\\n\\nSigned-off-by : A <a@x>\\n | true",
            "Title\\n\\nNot a trailer line\\nSigned-off-by: A <a@x>\\n | true",
            "Title\\n\\nSigned-off-by: A <a@x>\\n# comment\\n\\n | true",
    })
    void signedOffByAsGitReadsIt(String message, boolean expected) {
        assertEquals(expected, Trailers.hasSignedOffBy(message.replace("\\n", "\n")));
    }

    @Test
    void trailersKeepTheirOrderAndJoinContinuationLines() {
        assertEquals(List.of(new Trailers.Trailer("Co-authored-by", "C <c@x>\n  continued"),
                        new Trailers.Trailer("Signed-off-by", "A <a@x>")),
                Trailers.of("Title\n\nCo-authored-by: C <c@x>\n  continued\nSigned-off-by: A <a@x>\n"));
    }
}

package org.levermap.model.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.levermap.model.testing.Samples.project;
import static org.levermap.model.testing.Samples.snapshot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.DocumentKind;
import org.levermap.model.phrase.Arg;

class DocumentRuleTest {

    @Test
    void addedIsInfoRemovedGovernanceIsNotable() {
        List<Change> changes = new DocumentRule().changes(Steps.of(project("p"),
                snapshot("p", "2024-01-31").documents(DocumentKind.GOVERNANCE, DocumentKind.SECURITY).build(),
                snapshot("p", "2024-02-29").documents(DocumentKind.SECURITY, DocumentKind.CODE_OF_CONDUCT).build()));
        assertEquals(2, changes.size());
        Change added = changes.get(1);
        Change removed = changes.get(0);
        assertEquals(new Arg.Text("code-of-conduct"), added.subject());
        assertEquals(Severity.INFO, added.severity());
        assertEquals(new Arg.Text("CODE_OF_CONDUCT.md"), added.to());
        assertEquals(new Arg.Text("governance"), removed.subject());
        assertEquals(Severity.NOTABLE, removed.severity());
    }
}

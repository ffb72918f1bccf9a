package org.levermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.levermap.model.repo.FileKind;
import org.levermap.model.schema.SchemaGenerator;

/** The reference report ships the JSON Schemas its files point editors at; they must match the model. */
class ReferenceReportSchemaTest {

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void siteSchemasAreTheGeneratedOnes(FileKind kind) throws Exception {
        Path file = Path.of("..", "site", "schema", kind.schemaFileName());
        assertEquals(SchemaGenerator.schema(kind), Files.readString(file),
                file + " is stale: copy model/target/classes/org/levermap/model/schema/" + kind.schemaFileName());
    }
}

package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A data repository written file by file in a test folder, and the problems its loading reports. */
final class RepositoryFiles {

    private final Path root;

    RepositoryFiles(Path root) {
        this.root = root;
    }

    void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The problems of loading the repository, which must fail, as the command prints them. */
    List<String> problems() {
        DataException e = assertThrows(DataException.class, () -> DataRepository.load(root));
        return e.problems().stream().map(Problem::toString).toList();
    }
}

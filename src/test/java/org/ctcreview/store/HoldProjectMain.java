package org.ctcreview.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link ProjectLockTest}: opens a project, adds one label, prints {@code opened}, and
 * keeps the project open until a line (or end of input) arrives on stdin.
 * Arguments: project folder, cell id.
 */
public final class HoldProjectMain {
    private HoldProjectMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Project project = Project.open(Path.of(args[0]))) {
            project.labels().add(Long.parseLong(args[1]), "CTC", "holder", null, "expert");
            System.out.println("opened");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("closed");
        System.out.flush();
    }
}

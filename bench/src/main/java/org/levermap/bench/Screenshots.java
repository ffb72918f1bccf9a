package org.levermap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.levermap.render.BuildOptions;
import org.levermap.render.SiteBuilder;
import org.levermap.render.output.StagedOutput;

/**
 * Takes the README's screenshots: builds a generated sample report and photographs its index and a
 * project page at desktop and phone widths with headless Chromium (Debian's /usr/bin/chromium).
 *
 * <pre>bench/run Screenshots [OUT_DIR]      (default: docs/screenshots)</pre>
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path work = Files.createTempDirectory("levermap-screenshots-");
        try {
            Path data = work.resolve("data");
            SampleRepository.write(data, 24, 24, "https://example.org/report/");
            Path site = work.resolve("site");
            new SiteBuilder(BuildOptions.DEFAULTS, "levermap").build(data, site);
            Files.createDirectories(out);
            shoot(site.resolve("index.html"), 1280, 1500, out.resolve("index-desktop.png"), work);
            shoot(site.resolve("index.html"), 390, 1600, out.resolve("index-phone.png"), work);
            shoot(site.resolve("projects/p-3/index.html"), 1280, 2100, out.resolve("project-desktop.png"), work);
            shoot(site.resolve("projects/p-3/index.html"), 390, 2400, out.resolve("project-phone.png"), work);
            for (String name : List.of("index-desktop", "index-phone", "project-desktop", "project-phone")) {
                Path png = out.resolve(name + ".png");
                System.out.printf("%s: %d KB%n", png, Files.size(png) / 1024);
            }
        } finally {
            StagedOutput.deleteTree(work);
        }
    }

    private static void shoot(Path page, int width, int height, Path png, Path work) throws IOException,
            InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-");
        Process p = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0 || !Files.isRegularFile(png)) {
            throw new IOException("chromium could not take " + png);
        }
    }
}

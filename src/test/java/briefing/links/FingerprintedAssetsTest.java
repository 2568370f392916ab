package briefing.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stylesheets and scripts published under names made of their bytes, and the pages naming them so. */
class FingerprintedAssetsTest {
    @TempDir
    Path assets;

    private FingerprintedAssets read() throws IOException {
        Files.createDirectories(assets.resolve("css"));
        Files.createDirectories(assets.resolve("js"));
        Files.writeString(assets.resolve("css/site.css"), "body { color: black; }\n");
        Files.writeString(assets.resolve("js/a.js"), "var a;\n");
        Files.writeString(assets.resolve("js/.a.js.swp"), "swap");
        Files.writeString(assets.resolve("logo.png"), "png");
        return FingerprintedAssets.read(assets);
    }

    @Test
    void stylesheetsAndScriptsTakeEightHexDigitsOfTheirDigestAndOtherFilesKeepTheirNames() throws IOException {
        FingerprintedAssets names = read();
        // the first eight hex digits of the SHA-256 of "body { color: black; }\n"
        assertEquals("css/site.494f4abf.css", names.published("css/site.css"));
        assertTrue(names.published("js/a.js").matches("js/a\\.[0-9a-f]{8}\\.js"));
        assertEquals("logo.png", names.published("logo.png"));
        assertEquals(".a.js.swp", names.published(".a.js.swp"));
    }

    @Test
    void anEditChangesTheNameAndTheDigest() throws IOException {
        FingerprintedAssets before = read();
        Files.writeString(assets.resolve("css/site.css"), "body { color: teal; }\n");
        FingerprintedAssets after = FingerprintedAssets.read(assets);
        assertNotEquals(before.published("css/site.css"), after.published("css/site.css"));
        assertNotEquals(java.util.HexFormat.of().formatHex(before.digest()), java.util.HexFormat.of().formatHex(after.digest()));
    }

    @Test
    void pagesNameThePublishedFileRelativeToThemAndFeedsAbsolute() throws IOException {
        FingerprintedAssets names = read();
        SiteLinks links = new SiteLinks();
        PageAddresses pass = new PageAddresses("https://example.org/briefing", links, AssetImages.none(), false, names);
        String css = names.published("css/site.css");
        assertEquals("<link rel=\"stylesheet\" href=\"../" + css + "\"><script src=\"../" + names.published("js/a.js") + "?v=1\"></script>",
                pass.rewrite("<link rel=\"stylesheet\" href=\"/css/site.css\"><script src=\"../js/a.js?v=1\"></script>", "/search/", "search.peb"));
        assertEquals("<a href=\"https://example.org/briefing/" + css + "#x\">s</a>",
                pass.absolute("<a href=\"https://example.org/briefing/css/site.css#x\">s</a>", "/"));
        assertEquals(Optional.empty(), names.address("/css/other.css"));
    }
}

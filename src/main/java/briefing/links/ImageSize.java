package briefing.links;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An image's intrinsic width and height in CSS pixels, read from its file without decoding its pixels: PNG,
 * JPEG and GIF by the JDK's ImageIO readers (their headers only), WebP from its RIFF header, SVG from the
 * root element's {@code width} and {@code height} in pixels, else its {@code viewBox}.
 */
public record ImageSize(int width, int height) {
    private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    /** The size of an image file, empty if it is none of those formats or cannot be read. */
    public static Optional<ImageSize> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return svg(file);
            }
            if (name.endsWith(".webp")) {
                return webp(file);
            }
            if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")) {
                return raster(file);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty(); // a file that does not read as its kind has no size to give
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> raster(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
             ImageInputStream images = ImageIO.createImageInputStream(in)) {
            if (images == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(images, true, true);
                return sized(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** The RIFF header of WebP: lossy ({@code VP8 }), lossless ({@code VP8L}) or extended ({@code VP8X}). */
    private static Optional<ImageSize> webp(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            b = in.readNBytes(30);
        }
        if (b.length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(b, 12, "VP8 ")) {
            return sized(u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF);
        }
        if (ascii(b, 12, "VP8L")) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (ascii(b, 12, "VP8X")) {
            return sized(u24(b, 24) + 1, u24(b, 27) + 1);
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> svg(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities, no fetching
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamReader.START_ELEMENT) {
                        Optional<Double> width = pixels(xml.getAttributeValue(null, "width"));
                        Optional<Double> height = pixels(xml.getAttributeValue(null, "height"));
                        if (width.isPresent() && height.isPresent()) {
                            return sized((int) Math.round(width.get()), (int) Math.round(height.get()));
                        }
                        String box = xml.getAttributeValue(null, "viewBox");
                        if (box == null) {
                            return Optional.empty();
                        }
                        String[] parts = box.trim().split("[\\s,]+");
                        return parts.length == 4 ? sized((int) Math.round(Double.parseDouble(parts[2])), (int) Math.round(Double.parseDouble(parts[3])))
                                : Optional.empty();
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        }
    }

    private static Optional<Double> pixels(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = PIXELS.matcher(value);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static Optional<ImageSize> sized(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }
}

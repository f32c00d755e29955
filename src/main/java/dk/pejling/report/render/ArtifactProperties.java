package dk.pejling.report.render;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes the background artifacts' property dictionaries inside each page's resources instead of as
 * objects of their own.
 *
 * <p>Why: in PDF/UA mode openhtmltopdf 1.1.65 marks the background of every box as an artifact with a
 * property dictionary ({@code /Type /Background /BBox [...]}), whether anything is painted or not: its
 * test for a background image is always true since {@code background-image} became a list. PDFBox writes
 * each dictionary as an indirect object in an object stream. On the status report with 2,000 initiatives
 * that was 105,000 of 170,000 objects, most of the time spent saving and 2 MB of the file. Marked direct,
 * the same dictionaries are written inline in the page's {@code /Properties}: the content and its tagging
 * are unchanged.
 */
final class ArtifactProperties {

    private ArtifactProperties() {
    }

    static void writeInline(PDDocument pdf) {
        for (PDPage page : pdf.getPages()) {
            if (page.getResources() == null) {
                continue;
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSBase value : properties.getValues()) {
                if (value instanceof COSDictionary artifact && COSName.BACKGROUND.equals(artifact.getCOSName(COSName.TYPE))) {
                    artifact.setDirect(true);
                    COSBase box = artifact.getItem(COSName.BBOX);
                    if (box != null) {
                        box.setDirect(true);
                    }
                }
            }
        }
    }
}

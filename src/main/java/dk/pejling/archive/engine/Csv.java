package dk.pejling.archive.engine;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The archive's CSV dialect: RFC 4180 (comma, double quotes, CRLF), UTF-8 without BOM. Every value is
 * quoted and SQL NULL is the one field left unquoted and empty, so NULL and the empty string stay
 * apart through a round trip (commons-csv reads an unquoted empty field as null in this quote mode).
 */
final class Csv {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\r\n")
            .get();

    private Csv() {
    }
}

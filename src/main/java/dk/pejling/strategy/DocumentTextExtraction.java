package dk.pejling.strategy;

import dk.pejling.search.SearchFeed;
import dk.pejling.search.TextExtractor;
import dk.pejling.strategy.store.DocumentFiles;
import dk.pejling.strategy.store.DocumentTexts;
import dk.pejling.strategy.store.StrategyRepository;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reads the text of each uploaded document after its upload commits, on the event executor: a slow or
 * broken file never holds or fails the upload. The text (or the reason there is none) is stored with the
 * strategy's documents and the strategy is reindexed, which puts the text into the search.
 */
@Component
class DocumentTextExtraction {

    private final StrategyRepository strategies;
    private final DocumentFiles files;
    private final DocumentTexts texts;
    private final TextExtractor extractor;
    private final SearchFeed search;
    private final Clock clock;

    DocumentTextExtraction(StrategyRepository strategies, DocumentFiles files, DocumentTexts texts,
                           TextExtractor extractor, SearchFeed search, Clock clock) {
        this.strategies = strategies;
        this.files = files;
        this.texts = texts;
        this.extractor = extractor;
        this.search = search;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DocumentUploaded uploaded) {
        strategies.findById(uploaded.strategy().value())
                .flatMap(s -> s.link(uploaded.linkId()))
                .filter(StrategyLink::isFile)
                .ifPresent(link -> extract(uploaded.strategy(), link));
    }

    private void extract(StrategyId strategy, StrategyLink link) {
        long size = link.sizeBytes() == null ? 0 : link.sizeBytes();
        TextExtractor.Extracted result = extractor.extract(() -> files.read(link.id()), link.fileName(), size);
        texts.put(link.id(), strategy.value(), result.ok(), result.text(), result.reason(), result.parser(), clock.instant());
        search.changed(StrategySearch.SOURCE, strategy.value());
    }
}

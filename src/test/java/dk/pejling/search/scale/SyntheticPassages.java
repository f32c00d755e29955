package dk.pejling.search.scale;

import dk.pejling.search.eval.EvalCollection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * SYNTETISK: Danish-like passages for the scale benchmark, generated from the real vocabulary of the evaluation
 * collection. A word-bigram chain learnt from its 699 passages (public Aalborg Kommune texts and the demo data)
 * writes sentences with the collection's word frequencies and word order; one word in twenty is instead a base word
 * from the decompounding list, or two of them joined as a compound, so that a million passages have the long tail
 * of a real register and give the decompounder new compounds. Seeded: the same passages in every run and system.
 */
public final class SyntheticPassages implements Iterable<String> {

    private final Map<String, List<String>> next = new HashMap<>();
    private final List<String> starts = new ArrayList<>();
    private final List<String> baseWords;
    private final int count;
    private final long seed;

    /** The benchmark's passages: learnt from the evaluation collection, with its seeds (the same in every run). */
    public static SyntheticPassages standard(int count) throws IOException {
        List<String> corpus = EvalCollection.load().passages().stream().map(EvalCollection.Passage::text).toList();
        return new SyntheticPassages(corpus, shuffledBaseWords(), count, 20261202L);
    }

    private static List<String> shuffledBaseWords() throws IOException {
        List<String> words;
        try (InputStream in = SyntheticPassages.class.getResourceAsStream("/search/da-base-words.txt")) {
            words = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        }
        Collections.shuffle(words, new Random(7));
        return words;
    }

    SyntheticPassages(List<String> corpus, List<String> baseWords, int count, long seed) {
        this.baseWords = baseWords;
        this.count = count;
        this.seed = seed;
        for (String text : corpus) {
            String[] words = text.replaceAll("<[^>]+>", " ").replaceAll("[\\[\\]()#*|]", " ").strip().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            starts.add(words[0]);
            for (int i = 0; i + 1 < words.length; i++) {
                next.computeIfAbsent(words[i], w -> new ArrayList<>()).add(words[i + 1]);
            }
        }
    }

    /** Passage {@code i} of the sequence (the same for the same seed). */
    String passage(SplittableRandom random) {
        int length = 25 + random.nextInt(60);
        StringBuilder text = new StringBuilder(length * 9);
        String word = starts.get(random.nextInt(starts.size()));
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            if (random.nextInt(20) == 0) {
                text.append(tail(random));
            } else {
                text.append(word);
            }
            List<String> followers = next.get(word);
            word = followers == null ? starts.get(random.nextInt(starts.size())) : followers.get(random.nextInt(followers.size()));
        }
        return text.toString();
    }

    /** A long-tail word: a base word (Zipf-like: low ranks often), or two joined as a compound. */
    private String tail(SplittableRandom random) {
        String first = baseWords.get((int) Math.min(baseWords.size() - 1, Math.abs(random.nextGaussian()) * baseWords.size() / 4));
        if (random.nextInt(3) > 0) {
            return first;
        }
        String second = baseWords.get(random.nextInt(baseWords.size()));
        return first + (random.nextBoolean() ? "s" : "") + second;
    }

    int count() {
        return count;
    }

    @Override
    public Iterator<String> iterator() {
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
            private int produced;

            @Override
            public boolean hasNext() {
                return produced < count;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                produced++;
                return passage(random);
            }
        };
    }

    public static String id(int i) {
        return "b%07d".formatted(i);
    }
}

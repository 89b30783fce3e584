// The function-word lists and the language guess made from a page's words.
import Testing
@testable import Winnow

extension StopWords {
    /// One hash set per language code, from ``hashLists``: the tests' plain reading of the lists
    /// that the scan's and the guess's tables are checked against.
    static let sets: [String: Set<UInt64>] = hashLists.mapValues { Set($0) }

    /// The hashes of the words of a list as a set, split as the lists are.
    static func hashes(ofWords words: String) -> Set<UInt64> { Set(hashArray(ofWords: words)) }
}

@Suite("Guessing the language from function words")
struct LanguageGuessTests {
    private func hashes(_ text: String) -> [UInt64] {
        text.split(separator: " ").map { WordHash.of($0.utf8) }
    }

    @Test("a sample of German prose is German, of Spanish prose Spanish")
    func guessesTheLanguageOfProse() {
        let german = hashes("""
            Der Verein hat sich in den letzten Jahren um die Pflege der alten Obstwiesen gekümmert und \
            dabei mit der Gemeinde und den Schulen zusammengearbeitet, weil die Bäume sonst nicht mehr \
            lange stehen würden und es für die Kinder keinen Ort mehr gäbe, an dem sie das lernen können
            """)
        let spanish = hashes("""
            La asociación se ha ocupado durante los últimos años de cuidar los viejos huertos y lo ha \
            hecho con el ayuntamiento y las escuelas, porque los árboles no durarían mucho más y los \
            niños no tendrían un lugar en el que aprender cómo se hace
            """)
        #expect(StopWords.guessLanguage(fromWordHashes: german) == "de")
        #expect(StopWords.guessLanguage(fromWordHashes: spanish) == "es")
    }

    @Test("words of no list give no guess")
    func noGuessWithoutFunctionWords() {
        let sample = hashes(String(repeating: "zxq vbnm qwrt plkj ", count: 10))
        #expect(StopWords.guessLanguage(fromWordHashes: sample) == nil)
    }

    @Test("a tie goes to the first language in the fixed order, so the guess is the same in every run")
    func tiesAreDeterministic() throws {
        // Words that are function words in several lists at once.
        let shared = StopWords.languages.dropFirst().compactMap { other -> (String, String, Set<UInt64>)? in
            let first = StopWords.sets[StopWords.languages[0]] ?? []
            let common = first.intersection(StopWords.sets[other] ?? [])
            return common.isEmpty ? nil : (StopWords.languages[0], other, common)
        }.first
        let (first, _, common) = try #require(shared)
        let onlyInBoth = common.filter { hash in
            StopWords.languages.filter { StopWords.sets[$0]?.contains(hash) == true }.count == 2
        }
        let word = try #require(onlyInBoth.first)
        #expect(StopWords.guessLanguage(fromWordHashes: Array(repeating: word, count: 30)) == first)
    }

    @Test("every language fits in the membership bit mask")
    func languagesFitTheBitMask() {
        #expect(StopWords.languages.count <= 64)
        #expect(StopWords.languages == StopWords.languages.sorted())
    }

    @Test("a long run of leaked script text before the prose does not outvote the page's language")
    func leakedScriptTextDoesNotFillTheSample() throws {
        let leaked = String(repeating: "{'ID':501,'post_author':'1','menu_item_parent':'0','object':'page'} ", count: 40)
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Plumbing tips</title></head><body>
            <ul>\(leaked)</ul>
            <p>\(ExtractionTestSupport.paragraphs[0])</p><p>\(ExtractionTestSupport.paragraphs[1])</p>
            </body></html>
            """
        let document = try HTMLParser.parse(html)
        let guess = LanguageGuess.stopWords(document: document, marks: NodeMarks(document), declared: "en")
        let english = try #require(StopWords.sets["en"])
        #expect(guess.set.table.count == english.count && english.allSatisfy { guess.set.contains($0) })
    }

    @Test("each language's table built from its hash list holds exactly the words of its set")
    func tablesMatchSets() {
        var generator = SeededGenerator(seed: 53)
        for language in StopWords.languages {
            let set = StopWords.sets[language] ?? []
            let table = StopWords.tables[language]!
            #expect(table.table.count == set.count, "\(language)")
            #expect(!table.isEmpty)
            for hash in set { #expect(table.contains(hash), "\(language)") }
            for hash in [0, 1, 2, WordHash.seed] + (0 ..< 500).map({ _ in UInt64.random(in: 0 ... .max, using: &generator) }) {
                #expect(table.contains(hash) == set.contains(hash), "\(language) \(hash)")
            }
            #expect(StopWords.hashArray(ofWords: StopWords.wordLists[language] ?? "").count >= set.count)
        }
        #expect(StopWordTable.empty.isEmpty && !StopWordTable.empty.contains(0) && !StopWordTable.empty.contains(1))
        #expect(StopWordTable([0]).contains(0) && !StopWordTable([0]).contains(1))
        #expect(StopWordTable([1]).contains(1) && !StopWordTable([1]).contains(0))
    }

    @Test("the lists split on bytes give the same words as a split on characters")
    func byteSplitMatchesCharacterSplit() {
        for (language, words) in StopWords.wordLists {
            let byCharacters = Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of($0.utf8) })
            #expect(StopWords.hashes(ofWords: words) == byCharacters, "list \(language)")
        }
        #expect(StopWords.hashes(ofWords: "  the\n\nof  and ") == Set(["the", "of", "and"].map { WordHash.of($0.utf8) }))
        #expect(StopWords.hashes(ofWords: "").isEmpty)
    }
}

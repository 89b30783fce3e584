import Foundation

/// Turns the date strings pages write into ISO 8601: `2024-03-01`, or with the time and
/// offset as written (`2024-03-01T09:30:00+01:00`) when the source was a full timestamp.
///
/// Understands ISO 8601 and its common near-misses (space for `T`, slashes, dots, no
/// separators), RFC 2822 (`Tue, 05 Mar 2024 10:00:00 GMT`), dates with month names in
/// several languages (`March 5, 2024`, `5. März 2024`, `5 mars 2024`), numeric day-first and
/// month-first dates, and Unix timestamps. Dates before 1990 or more than a year ahead are
/// rejected as implausible for a web page.
enum DateNormalizer {
    /// The latest year accepted: next year.
    static let latestYear: Int = currentYear() + 1
    static let earliestYear = 1990

    /// The ISO 8601 form of a date string, or nil when it is not a plausible date.
    static func normalize(_ raw: String) -> String? {
        var s = raw.trimmingSpaces()
        guard !s.isEmpty, s.utf8.count < 200, mayHoldDate(s.utf8) else { return nil }
        // Read in place (a copy of the bytes cost a tenth of the reading).
        if let iso = s.withUTF8({ isoLike($0) }) { return iso }
        if let epoch = unixTimestamp(s) { return epoch }
        return textual(s)
    }

    /// False when a text cannot be a date `normalize(_:)` accepts: every one it accepts holds
    /// four ASCII digits in a row (the year, or a timestamp), and most texts with a number
    /// (counts, clock times, prices) do not.
    static func mayHoldDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { mayHoldDate(probing: $0) }
    }

    /// ``mayHoldDate(_:)`` looking at every fourth byte: four digits in a row cover one of
    /// any four positions in a row, so a text without a digit at the probes holds no such
    /// run, and a digit found is widened to its run. After a run the probes go on from the
    /// fourth byte past it. (Text nodes are read here by the hundred around a headline.)
    static func mayHoldDate(probing bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var q = 3
        while q < n {
            guard bytes[q] &- 0x30 < 10 else { q += 4; continue }
            var low = q, high = q
            while low > 0, bytes[low - 1] &- 0x30 < 10 { low -= 1 }
            while high + 1 < n, bytes[high + 1] &- 0x30 < 10 { high += 1 }
            if high - low >= 3 { return true }
            q = high + 4
        }
        return false
    }

    static func mayHoldDate<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var run = 0
        for b in bytes {
            if b &- 0x30 < 10 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    // MARK: ISO-like: 2024-03-05, 2024/03/05, 20240305, with an optional time.

    private static func isoLike(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        func digits(_ maxCount: Int) -> Int? {
            var value = 0, n = 0
            while i < b.count, n < maxCount, b[i] >= 0x30, b[i] <= 0x39 {
                value = value * 10 + Int(b[i] - 0x30)
                i += 1; n += 1
            }
            return n == 0 ? nil : value
        }
        let start = i
        guard let year = digits(4), i - start == 4 else { return nil }
        var month: Int, day: Int
        if i < b.count, b[i] == 0x2D || b[i] == 0x2F || b[i] == 0x2E {  // - / .
            let sep = b[i]
            i += 1
            let mStart = i
            guard let m = digits(2), i - mStart >= 1 else { return nil }
            guard i < b.count, b[i] == sep else {
                // 2024-03 alone: a month, not a date.
                return nil
            }
            i += 1
            let dStart = i
            guard let d = digits(2), i - dStart >= 1 else { return nil }
            month = m; day = d
        } else {
            // Compact form: 20240305.
            let mStart = i
            guard let m = digits(2), i - mStart == 2 else { return nil }
            let dStart = i
            guard let d = digits(2), i - dStart == 2 else { return nil }
            month = m; day = d
            if i < b.count, b[i] >= 0x30, b[i] <= 0x39 { return nil }
        }
        guard isPlausible(year: year, month: month, day: day) else { return nil }
        // Optional time: T or space, hh:mm[:ss[.fff]], offset.
        guard i < b.count, b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 else { return format(year, month, day) }
        i += 1
        let hStart = i
        guard let hour = digits(2), i - hStart == 2, i < b.count, b[i] == 0x3A else { return format(year, month, day) }
        i += 1
        guard let minute = digits(2), hour < 24, minute < 60 else { return format(year, month, day) }
        var second = 0
        if i < b.count, b[i] == 0x3A {
            i += 1
            guard let sec = digits(2), sec < 61 else { return format(year, month, day) }
            second = sec
            if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                i += 1
                _ = digits(9)
            }
        }
        while i < b.count, b[i] == 0x20 { i += 1 }
        var offset = Offset.none
        if i < b.count {
            if b[i] == 0x5A || b[i] == 0x7A {
                offset = .utc
            } else if b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i]
                i += 1
                let oStart = i
                if let hh = digits(2), i - oStart == 2 {
                    var mm = 0
                    if i < b.count, b[i] == 0x3A { i += 1 }
                    if let m = digits(2) { mm = m }
                    if hh < 15, mm < 60 { offset = .hours(sign: sign, hh, mm) }
                }
            }
        }
        return timestamp(year, month, day, hour, minute, second, offset)
    }

    /// The offset a timestamp is written with: none (a local time), `Z`, or `±hh:mm`.
    enum Offset: Equatable {
        case none, utc
        /// `sign` is the byte `+` or `-`.
        case hours(sign: UInt8, Int, Int)
    }

    /// `yyyy-mm-ddThh:mm:ss` and its offset, written as bytes into one string (it was joined
    /// from eight interpolated pieces, most of an ISO date's cost). The fields are in range:
    /// a year of four digits, the others of at most two.
    static func timestamp(_ y: Int, _ m: Int, _ d: Int, _ hour: Int, _ minute: Int, _ second: Int, _ offset: Offset) -> String {
        let count: Int
        switch offset {
        case .none: count = 19
        case .utc: count = 20
        case .hours: count = 25
        }
        return String(unsafeUninitializedCapacity: count) { out in
            writeDate(y, m, d, into: out)
            out[10] = 0x54
            writeTwo(hour, into: out, at: 11)
            out[13] = 0x3A
            writeTwo(minute, into: out, at: 14)
            out[16] = 0x3A
            writeTwo(second, into: out, at: 17)
            switch offset {
            case .none: break
            case .utc: out[19] = 0x5A
            case .hours(let sign, let hh, let mm):
                out[19] = sign
                writeTwo(hh, into: out, at: 20)
                out[22] = 0x3A
                writeTwo(mm, into: out, at: 23)
            }
            return count
        }
    }

    private static func writeTwo(_ n: Int, into out: UnsafeMutableBufferPointer<UInt8>, at i: Int) {
        out[i] = UInt8(truncatingIfNeeded: 0x30 + n / 10)
        out[i + 1] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
    }

    private static func writeDate(_ y: Int, _ m: Int, _ d: Int, into out: UnsafeMutableBufferPointer<UInt8>) {
        out[0] = UInt8(truncatingIfNeeded: 0x30 + y / 1000)
        out[1] = UInt8(truncatingIfNeeded: 0x30 + y / 100 % 10)
        out[2] = UInt8(truncatingIfNeeded: 0x30 + y / 10 % 10)
        out[3] = UInt8(truncatingIfNeeded: 0x30 + y % 10)
        out[4] = 0x2D
        writeTwo(m, into: out, at: 5)
        out[7] = 0x2D
        writeTwo(d, into: out, at: 8)
    }

    // MARK: Unix timestamps (seconds or milliseconds).

    private static func unixTimestamp(_ s: String) -> String? {
        guard s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), s.utf8.count == 10 || s.utf8.count == 13,
              var seconds = Int(s) else { return nil }
        if s.utf8.count == 13 { seconds /= 1000 }
        let days = seconds / 86400
        let (y, m, d) = civil(fromDays: days)
        guard isPlausible(year: y, month: m, day: d) else { return nil }
        return format(y, m, d)
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    // MARK: Dates in words or numeric day/month orders.

    private enum Token {
        case number(Int, digits: Int, followedBy: Character?)
        case word(String)
    }

    private static func tokens(_ s: String) -> [Token] {
        if let ascii = asciiTokens(s) { return ascii }
        var result: [Token] = []
        var current = ""
        var isNumber = false
        func flush(_ next: Character?) {
            guard !current.isEmpty else { return }
            if isNumber { result.append(.number(Int(current) ?? 0, digits: current.count, followedBy: next)) }
            else { result.append(.word(current.lowercased())) }
            current = ""
        }
        for ch in s {
            if ch.isASCII, ch.isNumber {
                if !isNumber { flush(nil) }
                isNumber = true
                current.append(ch)
            } else if ch.isLetter {
                if isNumber { flush(ch) }
                isNumber = false
                current.append(ch)
            } else {
                flush(ch)
                isNumber = false
            }
        }
        flush(nil)
        return result
    }

    /// `tokens(_:)` on bytes for ASCII text without carriage returns (where every character
    /// is one byte: digits and letters are the ASCII ones); nil for other text.
    private static func asciiTokens(_ s: String) -> [Token]? {
        var s = s
        return s.withUTF8 { bytes -> [Token]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var result: [Token] = []
            var start = 0
            var isNumber = false
            func flush(_ end: Int, _ next: Character?) {
                guard end > start else { return }
                let run = UnsafeBufferPointer(rebasing: bytes[start ..< end])
                if isNumber {
                    result.append(.number(Int(String(decoding: run, as: UTF8.self)) ?? 0, digits: end - start, followedBy: next))
                } else {
                    // Lower-cased as the String would be: a word here is ASCII letters.
                    result.append(.word(String(unsafeUninitializedCapacity: run.count) { out in
                        for k in 0 ..< run.count { out[k] = run[k] | 0x20 }
                        return run.count
                    }))
                }
            }
            for (k, b) in bytes.enumerated() {
                if b &- 0x30 < 10 {
                    if !isNumber { flush(k, nil); start = k }
                    isNumber = true
                } else if (b | 0x20) &- 0x61 < 26 {
                    if isNumber { flush(k, Character(Unicode.Scalar(b))); start = k }
                    isNumber = false
                } else {
                    flush(k, Character(Unicode.Scalar(b)))
                    start = k + 1
                    isNumber = false
                }
            }
            flush(bytes.count, nil)
            return result
        }
    }

    private static func textual(_ s: String) -> String? {
        let toks = tokens(s)
        var monthIndex: Int? = nil
        var month = 0
        for (k, t) in toks.enumerated() {
            if case .word(let w) = t, let m = monthNames[w] {
                monthIndex = k; month = m
                break
            }
        }
        // Numbers, excluding the parts of a clock time (10:30).
        var numbers: [(index: Int, value: Int, digits: Int, sep: Character?)] = []
        var skipNext = false
        for (k, t) in toks.enumerated() {
            guard case .number(let v, let n, let next) = t else { continue }
            if skipNext { skipNext = false; if next == ":" { skipNext = true }; continue }
            if next == ":" { skipNext = true; continue }
            numbers.append((k, v, n, next))
        }
        if let mi = monthIndex {
            guard let year = numbers.first(where: { $0.digits == 4 }) else { return nil }
            // The day is the 1–2 digit number nearest the month name.
            let days = numbers.filter { $0.digits <= 2 && $0.value >= 1 && $0.value <= 31 }
            guard let day = days.min(by: { abs($0.index - mi) < abs($1.index - mi) }) else { return nil }
            guard isPlausible(year: year.value, month: month, day: day.value) else { return nil }
            return format(year.value, month, day.value)
        }
        // Numeric: d.m.yyyy, m/d/yyyy, d-m-yyyy, and yyyy.mm.dd inside a text.
        guard numbers.count >= 3 else { return nil }
        for k in 0 ... numbers.count - 3 {
            let a = numbers[k], b = numbers[k + 1], c = numbers[k + 2]
            if a.digits == 4, b.digits == 2, c.digits == 2, b.index == a.index + 1, c.index == b.index + 1,
               let sep = a.sep, sep == "." || sep == "-" || sep == "/", b.sep == sep,
               isPlausible(year: a.value, month: b.value, day: c.value) {
                return format(a.value, b.value, c.value)
            }
            guard b.index == a.index + 1, c.index == b.index + 1, c.digits == 4, a.digits <= 2, b.digits <= 2 else { continue }
            let sep = a.sep
            var (d, m) = sep == "/" ? (b.value, a.value) : (a.value, b.value)
            if m > 12, d <= 12 { swap(&d, &m) }
            if isPlausible(year: c.value, month: m, day: d) { return format(c.value, m, d) }
        }
        return nil
    }

    /// Whether a text is a date and nothing more: besides month and weekday names it holds
    /// only clock times, ordinal endings, am/pm, time-zone abbreviations, the labels of a
    /// dateline ("Posted on", "Updated") and a reading time ("· 4 min read"), and at most four
    /// other numbers. A sentence ("As of May 5, 2024, the agency…"), a place and an event's
    /// dates, or a reference ("2011 May 25;94(1):247-53") is not one.
    static func isBareDate(_ text: String) -> Bool {
        var numbers = 0
        var skipNext = false
        for t in tokens(text) {
            switch t {
            case .number(_, _, let next):
                if skipNext { skipNext = next == ":"; continue }
                if next == ":" { skipNext = true; continue }
                numbers += 1
            case .word(let w):
                if monthNames[w] == nil, !bareDateWords.contains(w) { return false }
            }
        }
        return numbers >= 1 && numbers <= 4
    }

    /// Words a dateline may hold besides the date (English, German, French, Spanish):
    /// weekdays, connectives, ordinal endings, am/pm, time zones, labels, a reading time.
    static let bareDateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "at", "on", "the", "of", "um", "à", "le", "el", "de", "del", "st", "nd", "rd", "th", "er", "h", "uhr",
        "am", "pm", "a", "m", "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst",
        "published", "posted", "updated", "last", "modified", "originally", "publié", "mis", "jour", "veröffentlicht",
        "aktualisiert", "publicado", "actualizado", "min", "mins", "minute", "minutes", "read", "lesezeit", "lecture",
    ]

    private static let monthNames: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["sept"],
        ]
        for list in lists {
            for (k, name) in list.enumerated() where table[name] == nil {
                table[name] = list.count == 1 ? 9 : k + 1
            }
        }
        return table
    }()

    // MARK: Instants

    /// Seconds since the epoch of a normalised timestamp with an offset (`…T10:00:00+01:00`,
    /// `…Z`), or nil for a bare date or a local time.
    static func instant(_ iso: String) -> Int? {
        let b = Array(iso.utf8)
        guard b.count >= 20, b[10] == 0x54 else { return nil }
        func number(_ r: Range<Int>) -> Int? { Int(String(decoding: b[r], as: UTF8.self)) }
        guard let y = number(0 ..< 4), let m = number(5 ..< 7), let d = number(8 ..< 10), let hh = number(11 ..< 13),
              let mm = number(14 ..< 16), let ss = number(17 ..< 19) else { return nil }
        var offset = 0
        if b[19] == 0x2B || b[19] == 0x2D, b.count >= 25, let oh = number(20 ..< 22), let om = number(23 ..< 25) {
            offset = (oh * 60 + om) * 60 * (b[19] == 0x2B ? 1 : -1)
        } else if b[19] != 0x5A {
            return nil
        }
        return days(year: y, month: m, day: d) * 86400 + hh * 3600 + mm * 60 + ss - offset
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    static func days(year y0: Int, month m: Int, day d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whether a timestamp is written in UTC (`Z` or `+00:00`).
    static func isUTC(_ iso: String) -> Bool { iso.hasSuffix("Z") || iso.hasSuffix("+00:00") }

    /// Whether two dates differ only by day and month trading places: "03/05/2022" read the
    /// American way where the page meant the fifth of March's European reading.
    static func isDayMonthSwap(_ a: String, of b: String) -> Bool {
        let a = Array(a.utf8.prefix(10)), b = Array(b.utf8.prefix(10))
        guard a.count == 10, b.count == 10 else { return false }
        return a[0 ..< 5] == b[0 ..< 5] && a[5 ..< 7] == b[8 ..< 10] && a[8 ..< 10] == b[5 ..< 7]
    }

    /// Whether a text writes a date all in numbers with the day and month first ("03/05/2022",
    /// "3.5.22"), whose order a reader must guess.
    static func hasNumericDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digits(_ i: Int) -> Int { var j = i; while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }; return j - i }
        func isSeparator(_ c: UInt8) -> Bool { c == 0x2F || c == 0x2E || c == 0x2D }
        var i = 0
        while i < b.count {
            let n1 = digits(i)
            if n1 == 0 { i += 1; continue }
            let j = i + n1
            if (1 ... 2).contains(n1), j < b.count, isSeparator(b[j]) {
                let n2 = digits(j + 1), k = j + 1 + n2
                if (1 ... 2).contains(n2), k < b.count, b[k] == b[j], digits(k + 1) >= 2 { return true }
            }
            i = j
        }
        return false
    }

    // MARK: Helpers

    static func isPlausible(year: Int, month: Int, day: Int) -> Bool {
        guard year >= earliestYear, year <= latestYear, month >= 1, month <= 12, day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if day > lengths[month - 1] { return false }
        if month == 2, day == 29, !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { return false }
        return true
    }

    /// `yyyy-mm-dd` written as bytes; the year is a plausible one (four digits), the month
    /// and day in range.
    static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(unsafeUninitializedCapacity: 10) { out in
            writeDate(y, m, d, into: out)
            return 10
        }
    }

    private static func currentYear() -> Int {
        civil(fromDays: Int(Date().timeIntervalSince1970) / 86400).0
    }
}

extension String {
    /// The string without leading and trailing whitespace (including no-break spaces).
    func trimmingSpaces() -> String {
        // Nothing to trim when the first and last bytes are ASCII and not whitespace.
        if let f = utf8.first, let l = utf8.last, f < 0x80, l < 0x80, f != 0x20, f &- 0x09 >= 5, l != 0x20, l &- 0x09 >= 5 {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first ... last])
    }
}

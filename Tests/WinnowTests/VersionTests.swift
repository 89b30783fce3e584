import Testing
import Winnow

@Test func versionIsSemantic() {
    let parts = Winnow.version.split(separator: ".")
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { Int($0) != nil })
}

/// Small pages written for the renderer tests.
enum RenderingSamplePages {
    /// Headings, emphasis, a nested list, an ordered list, a quote, code, a table, a link and
    /// an image.
    static let structured = """
    <html><head><title>Sample</title><base href="https://docs.example/guide/"></head><body>
    <h1>Brewing Guide</h1>
    <p>Use <strong>fresh</strong> water and <em>loose</em> leaves; see <a href="steeping.html">the chart</a> <img src="/img/cup.png" alt="A cup"> now.</p>
    <h2>Steps</h2>
    <ol start="3"><li>Boil water</li><li>Warm the pot<ul><li>Swirl <code>hot_water</code></li></ul></li></ol>
    <ul><li>Tip one</li><li>Tip two</li></ul>
    <blockquote><p>Patience makes the cup.</p></blockquote>
    <pre><code class="language-swift">let cups = 2
    print(cups)</code></pre>
    <table><tr><th>Tea</th><th>Minutes</th></tr><tr><td>Black | Assam</td><td>4</td></tr></table>
    <p>1. Not a list, and # not a heading.</p>
    </body></html>
    """

    /// Hidden inline text between visible words of a block: an old price under
    /// `display:none`, labels for screen readers alone, a `hidden` aside, an icon's
    /// `aria-hidden` name, in a heading, paragraphs, a list item and a table cell. None of it
    /// is on the screen; the visible words around it are.
    static let hiddenInline = """
    <html><head><title>Desk lamp</title></head><body>
    <h2>Desk <span class="visually-hidden">product</span> lamp</h2>
    <p>Price <span style="display: none">old price twenty</span> fifteen euros per lamp.</p>
    <p>Read <span class="sr-only">the review of the lamp</span> more <em hidden>secret words</em> below.</p>
    <ul><li>Brass <span aria-hidden="true">ornament</span> base</li></ul>
    <table><tr><th>Part</th><th>Stock</th></tr><tr><td>Shade <span class="screen-reader-text">in stock</span> green</td><td>4</td></tr></table>
    </body></html>
    """

    /// Dangerous markup a clean HTML rendering must not carry.
    static let hostile = """
    <html><head><style>p{color:red}</style><script>alert(1)</script></head><body>
    <p onclick="steal()" style="color:red" class="x">Read <a href="javascript:alert(1)">this</a> and
    <a href="/safe" onmouseover="x()">that</a> &amp; <b>&lt;more&gt;</b>.<script>evil()</script></p>
    <p>Look <img src="javascript:alert(2)" alt="bad"> <img src="pic.jpg" alt="a &quot;quoted&quot; alt" onerror="x()"> here.</p>
    <iframe src="https://ads.example/"></iframe>
    </body></html>
    """
}

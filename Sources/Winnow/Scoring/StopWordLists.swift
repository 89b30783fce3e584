// Function-word lists used by the stop-word density feature.
// Written for Winnow from general knowledge of each language's most frequent
// function words (articles, pronouns, prepositions, conjunctions, auxiliaries);
// not copied from any other project. Lowercase, separated by whitespace
// (the loader splits on any whitespace). Words are NFC-normalized.
// Notes: "sr" holds both Latin and Cyrillic spellings; "ro" holds both the
// comma-below (ș ț) and legacy cedilla (ş ţ) spellings; "fa" also holds
// variants typed with Arabic yeh/kaf (ي ك) instead of Persian (ی ک).

extension StopWords {
    /// Whitespace-separated function words, keyed by ISO 639-1 language code.
    static let wordLists: [String: String] = [
        "en": """
            a about above across after again against all almost along already also although always am among an and another any
            anything are around as at be became because become been before being below between both but by can could did do does
            doing done down during each either else enough even ever every everything few for from further had has have having he
            her here hers herself him himself his how however i if in into is it its itself just least less like many may me might
            more most much must my myself neither never no nor not nothing now of off often on once one only onto or other others
            our ours ourselves out over own perhaps quite rather same shall she should since so some something still such than that
            the their theirs them themselves then there therefore these they this those though through thus to too toward towards
            under until up upon us very was we well were what whatever when where whether which while who whom whose why will with
            within without would yet you your yours yourself yourselves
            """,
        "de": """
            aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beim bereits bin
            bis bist da dabei dadurch dafür daher damit dann daran darauf darum das dass dein deine deinem deinen deiner dem den
            denen denn dennoch der deren des deshalb dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch
            ebenso ein eine einem einen einer eines einige einmal er es etwa etwas euch euer eure für ganz gegen gewesen gibt habe
            haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist ja
            jede jedem jeden jeder jedes jedoch jetzt kann kein keine keinem keinen keiner können könnte man manche mehr mein meine
            meinem meinen meiner mich mir mit muss musste nach nicht nichts noch nun nur ob obwohl oder ohne schon sehr sein seine
            seinem seinen seiner seit selbst sich sie sind so solche soll sollte sondern sowie um und uns unser unsere unter viel
            vom von vor wann war waren warum was weil weiter welche welchem welchen welcher welches wenn wer werde werden wie wieder
            will wir wird wo wurde wurden während wäre wären würde würden zu zum zur zwar zwischen über
            """,
        "fr": """
            afin ai aient ainsi alors après au aucun aucune auprès aurait aussi autre autres aux avaient avais avait avant avec avez
            avoir avons ayant bien car ce ceci cela celle celles celui cependant certains ces cet cette ceux chaque chez comme
            comment contre dans de depuis des donc dont du dès déjà elle elles en encore entre es est et eu eux faire fait font hors
            ici il ils jamais je la le les leur leurs lors lorsque lui là ma mais me mes moi moins mon même ne ni non nos notre nous
            on ont or ou oui où par parce parmi pas pendant peu peut peuvent plus plusieurs pour pourquoi puis puisque quand que
            quel quelle quelles quelque quelques quels qui quoi sa sans se selon sera serait seront ses si soi soit sommes son sont
            sous suis sur ta tandis tant te tel telle tes toi ton toujours tous tout toute toutes très tu un une vers via voici
            voilà vos votre vous y à étaient était étant été être
            """,
        "es": """
            a además al algo alguna algunas alguno algunos algún ante antes aquel aquella aquellas aquellos aquí así aun aunque aún
            bajo bien cada casi como con contra cual cuales cuando cuanto cuya cuyo cuál cuándo cómo de del desde donde durante
            dónde e el ella ellas ello ellos en entonces entre era eran es esa esas ese eso esos esta estaba estado estar este esto
            estos está están fue fuera fueron ha haber había habían hace hacer hacia han hasta hay he la las le les lo los luego me
            mi mientras mis misma mismo mucho muchos muy más mí nada ni no nos nosotros nuestra nuestro nuestros o otra otras otro
            otros para pero poco por porque puede pueden pues que quien quienes quién qué se sea según ser si sido siempre sin sino
            sobre sois son su sus sí también tan tanto te tener tiene tienen toda todas todo todos tras tu tus tú u un una unas uno
            unos usted ustedes vosotros y ya yo él
            """,
        "it": """
            a abbiamo ad agli ai al alla alle allo anche ancora anzi anziché avere aveva avevano che chi ci cioè come con contro
            cosa così cui da dai dal dalla dalle dallo degli dei del della delle dello dentro di dopo dove dunque e ed era erano
            essa esse essendo essere essi esso fa fare fino fra fu già gli ha hanno ho i il in invece io la le lei li lo loro lui ma
            me mentre mi mia mie miei mio molto ne negli nei nel nella nelle nello nessun no noi non nostra nostro o ogni oltre per
            perché però più poi poiché prima proprio può qua qualche quale quali quando quanto quella quelle quelli quello questa
            queste questi questo qui quindi se sebbene sei sempre senza si sia siamo siano sono sopra sotto stata state stati stato
            stessa stesso su sua sue sui sul sulla sulle suo suoi sé tale tanto te ti tra tu tua tuo tutta tutte tutti tutto un una
            uno voi vostra vostro è
            """,
        "pt": """
            a ainda ali ao aos apenas aquela aquelas aquele aqueles aqui aquilo as assim até cada com como contra da das de dela
            delas dele deles depois do dos durante e ela elas ele eles em embora entre então era eram essa essas esse esses esta
            estava este estes está estão foi foram fosse há isso isto já lhe lhes lá mais mas me mesmo meu meus minha minhas muito
            muitos na nas nem no nos nossa nosso num numa nunca não nós o onde os ou outra outras outro outros para pela pelas pelo
            pelos pode podem pois por porque porém quais qual quando que quem se seja sejam sem sempre ser será serão seu seus si
            sido sim sob sobre sua suas são também tem ter teu tinha tinham toda todas todo todos tua tudo têm um uma umas uns você
            vocês vos à às é
            """,
        "nl": """
            aan al alle alleen alles als altijd ander andere ben bij binnen boven daar daarna daarom dan dat de der deze die dit
            doch doen door dus echter een eens elk elke en er geen geweest haar had heb hebben hebt heeft hem hen het hier hij hoe
            hoewel hun iemand iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet moeten na naar
            nadat niemand niet niets nog nu of om omdat onder ons onze ook op over per reeds sinds te tegen terwijl toch toen tot
            tussen u uit uw van veel via voor waar waarin waarom waarop wanneer want waren was wat we wel welke werd werden wie wij
            wil worden wordt zal ze zeer zelf zich zij zijn zo zoals zonder zou zouden zullen
            """,
        "pl": """
            a aby ale ani bardzo bez bo bowiem by byli być był była było były będzie będą chociaż ci co coś czy czyli dla dlaczego
            do gdy gdzie go i ich ile im inne iż ja jak jako je jeden jednak jego jej jest jestem jesteś jesteśmy jeszcze jeśli już
            ją każdy kiedy kto ktoś która które którego której który których ku lub ma mają mamy mi miał miała mieć między mnie może
            można mu my mój na nad nam nas nasz nawet nic nich nie niej nigdy nikt niż no o od około on ona one oni ono oraz po pod
            ponieważ potem przed przez przy sam się swoich swoje swoją swój są ta tak także tam te tego tej ten teraz też to trzeba
            tu twój ty tylko tym u w wasz we według wiele więc wszyscy wszystko wy wśród z za zawsze zaś ze że żeby
            """,
        "cs": """
            a aby ale ani asi až bez bude budou byl byla byli bylo být během co což další do ho i jak jako je jeho jej jejich její
            jen jenom jenž ještě jiný již jsem jsi jsme jsou jste já k kam každý kde kdo kdy když ke kromě kterou která které který
            kteří mezi mi mne mnou mně mu my na nad ne nebo neboť nejsou není než nic nikdy nám nás náš něco někdo o od ode okolo on
            ona oni ono pak po pod podle pokud pouze pro proto protože právě před přes při s se si sice skrz stále své svých svůj
            tak také tam tato te tedy ten tento teď to toho tom tomto tomu toto tu tuto ty tyto této tím u už v ve velmi vy vám vás
            váš však všechno všichni vždy z za zda ze či že
            """,
        "sk": """
            a aby ak ako ale alebo ani až bez bol bola boli bolo bude budú by byť do ešte ho i iba ich iný ja je jeden jeho jej ju k
            kam každý kde keď kto ktorej ktorá ktoré ktorého ktorí ktorý ku len ma majú mať medzi mi mne my má môže môžu mňa na nad
            nie niečo nikdy nič nám nás náš o od on ona oni ono po pod podľa potom pre pred preto pretože prečo pri s sa si sme so
            som ste svoj svoje sú ta tak taký tam te teda ten tento teraz tiež to toho tom tu ty tým u už v veľmi vo vy vám vás však
            všetko vždy z za zo či že
            """,
        "ru": """
            а без более будет будут бы был была были было быть в вам вас ведь весь во вот все всегда всего всех всё вы где да даже
            для до другие другой его ее ей ему если есть еще ещё её же за зачем здесь и из или им ими их к каждый как какая какие
            какой когда которая которое котором которые который которых кто куда ли либо между меня мне много может мой мы на над
            надо нам нас не него нее ней нем нему нет неё ни никогда ним них но ну нём о об однако он она они оно от откуда очень по
            под пока после потом потому почему при про раз с сам сама сами само свой себе себя сейчас со так такая также такие такой
            там тебя тем теперь то тогда того тоже только том тот ты у уже хотя чего чей чем через что чтобы эта эти это этого этой
            этом этот я
            """,
        "uk": """
            а або адже але б би бо був буде будуть була були було бути в вам вами вас весь вже ви вона вони воно все всього всі від
            він де для до дуже з за завжди зі й його йому кожен коли котрий крізь куди лише мають має мене мені ми мною може можуть
            моя між мій на навіть над нам нами нас не нема немає нею неї ним ними них ньому ні ніж ній ніколи о отже по поки потім
            при про проте під після сам саме своя своє свої свій себе собі та так також там тебе теж тепер ти то тобою тобто тобі
            того тоді той тому тут у уже усі хоча це цей цього ці цієї через чи ще що щоб я як яка яке який якщо які є із їй їм їх
            її
            """,
        "bg": """
            а ако ала бе без беше би бил била били било бъде бях бяха вас вече ви вие все всеки всички всичко ги го да дали до
            докато дори е ето за защо защото и из или им има имат й как какво какъв като кога когато което които кой който която
            къде ли ме между мен ми много може му на над най нас не него нея ни ние нито нищо но някои някой обаче от отново още пак
            по под поради после пред при с са само се си след сме сте съм със също та така там те тези ти то това този той тук тъй
            тя тям тях у че чрез ще щом я
            """,
        "sr": """
            a ako ali bez bi bila bili bilo bio biti da dakle do dok drugi gde gdje i ih ili ipak iz ja jako je jedan jedna jedno
            jer jesu joj još ju kad kada kako kao kod koga koja koje koji kojoj kojom kom kroz li među mi mu na nad nas naš ne nego
            neki neće ni nije nikad nisu niti nje njega njegov njemu njen njih njihov o od oko on ona onda one oni ono ova ovaj ovde
            ovo pa po pod posle pre pred preko pri sa sada sam samo se sebe si smo su sve svi svoj ta tada taj tako tamo te to tu
            uvek uz veoma već vi za zbog će ćemo ću čak često šta što а ако али без би била били било био бити веома већ ви где гдје
            да дакле до док други за због и из или ипак их кад када како као кога код ком која које који којом којој кроз ли међу ми
            му на над нас наш не него неки неће ни никад нису нити није о ова овај овде ово од око он она онда оне они оно па по под
            после пре пред преко при са сада сам само све сви свој се себе си смо су та тада тако тамо тај те то ту увек уз чак
            често шта што ја јако је један једна једно јер јесу још јој ју ње њега његов њему њен њих њихов ће ћемо ћу
            """,
        "hr": """
            a ako ali bez bi bila bili bilo bio biti da dakle do dok drugi gdje i ih ili ipak iz ja jako je jedan jedna jedno jer
            jesam jest joj još ju k kad kada kako kao kod koga koja koje kojeg kojem koji kojih kojoj kojom koju kroz li među mi mu
            na nad nas naš ne nego neki ni nije nikad nisu niti nje njega njegov njemu njezin njih njihov o od oko on ona onda one
            oni ono ova ovaj ovdje ovo pa po pod poslije pred preko prema pri prije s sa sada sam samo se sebe si smo ste su sve svi
            svoj ta tada taj tako tamo te tko to tu uvijek uz već vi vrlo za zbog će ćemo ću čak često što
            """,
        "sl": """
            a ali bi bil bila bili bilo biti bo bodo bom brez da do dokler drugi ga h in iz ja jaz je jih jim jo k kaj kajti kako
            kakor kar katera kateri katero kdaj kdo ker ki kje ko kot lahko le med mi mu na nad naj nam nas ne nekaj ni nikoli niti
            nič njega njegov njej njen njih njim no o ob od on ona oni ono pa po pod potem prav pred pri s saj sam samo se sem si
            smo so sta ste ta tako tam te tega tem ter ti tja to toda torej tu tudi tukaj v vam vedno vendar vi vsa vsak vse vsi z
            za zdaj zelo če še šele že
            """,
        "ro": """
            a acea aceasta această aceea acei acel acela acele acest acesta aceste acestea acestei acestui acolo acum ai aici al ale
            alt alta alte altul altă am apoi ar are astfel au avea avem aveţi aveți avut ca care ce cea ceea cei cel cele celor cine
            cu cum cumva când cât că către da dacă dar de deci deja deoarece despre din dintre doar după ea ei el ele era erau este
            eu fi fie fiind foarte fost fără iar la le li lor lui mai mereu mi mult multe nici niciodată noastră noi nostru nu o ori
            pe pentru peste poate pot prin putea sa sau se sub sunt suntem sunteţi sunteți să toate tot totuşi totuși toţi toți tu
            un una unde unei unor unui unul voi vor vă îl îmi împreună în încă însă într între îşi își şi și
            """,
        "hu": """
            a abban abból ahhoz ahogy ahol aki akik akkor akár alatt amely amelyek amelyet ami amikor amint amit amíg annak arra az
            azok azon azonban azt azért be belőle benne bár csak de ebben ebből egy egyes egyik el előtt ennek erre ez ezek ezen ezt
            ezért fel felé ha hanem hiszen hogy hol honnan hová igen ilyen is itt keresztül ki között le lesz lett maga magát majd
            meg mellett mely melyik mert mi mikor mind minden mindig mint mivel miért most már más még nagyon ne nekem neki nem
            nincs nos nélkül olyan pedig persze rajta rá sem semmi senki soha sok során szerint számára talán tehát több után vagy
            vagyok valaki valami van vannak vele velem viszont volt voltak én így ön úgy ő ők őket
            """,
        "fi": """
            aikana aina alle ei eivät eli emme en ennen et ette että he hyvin hän hänen ilman ja jo johon joiden joita joka jokin
            joku jolla jonka jos jossa josta jota jotka jälkeen kaikki kaikkia kanssa kautta kohti koska kuin kuitenkin kuka kukaan
            kun luona me meidän mihin mikä mikään minun minä missä mistä mitkä mitä mitään mukaan mutta myös ne niiden niin niitä
            noin nuo nyt näiden nämä ole olemme olen olet olette oli olisi olivat olla olleet ollut oma oman omat on ovat paljon
            pitää se sekä sen siihen siinä siis siitä sillä sinun sinä sitten sitä taas tai te teidän tuo tähän tämä tämän tässä
            tästä tätä täytyy vaan vaikka vain vastaan vielä voi voivat vähän välillä yli
            """,
        "sv": """
            aldrig alla allt alltid andra annan annat att av bara blev bli blir de dem den denna deras dess dessa det detta dig din
            dina ditt dock du där då efter eftersom eller en er era ert ett fast fick från får för genom ha hade han hans har henne
            hennes hon honom hos hur här i icke inga ingen inget inte jag ju kan kommer kunde man med medan mellan men mer mest mig
            min mina mitt mot mycket många ni nog nu när någon något några och också om oss på redan sedan sig sin sina sitt ska
            skall skulle som så till under upp ut utan vad var vara varför varit vem vi vid vilka vilken vilket väl vår våra vårt än
            ännu är även åt över
            """,
        "da": """
            ad af aldrig alle allerede alt altid anden andre at bare blev blive bliver da de dem den denne der deres dette dig din
            disse dit dog du efter eller en end er et for fordi fra gennem ham han hans har havde have hende hendes her hos hun hvad
            hvem hvilke hvilken hvis hvor hvordan hvorfor i ikke ind jeg jer jo kan kunne lige man mange med meget mellem men mig
            min mine mit mod må ned noget nogle nu når og også om op os over på sammen selv siden sig sin sine sit skal skulle som
            sådan thi til ud uden under var vi vil ville vor vores være været
            """,
        "nb": """
            aldri alle allerede alltid altså at av bare begge ble bli blir blitt både da de deg dem den denne der deres derfor det
            dette din dine disse ditt du eller en enn ennå er et etter fikk for fordi fortsatt fra får før gjennom ha hadde han hans
            har hennes her hun hva hvem hver hvilke hvilken hvis hvor hvordan hvorfor i ikke ingen ingenting inn jeg jo kan kunne
            likevel man mange med meg mellom men mer mest mot mye må noe noen nok nå når og også om opp oss over på samme seg selv
            siden sin sine sitt skal skulle slik som så til under ut uten var ved vel vi vil ville vår våre vårt være vært
            """,
        "tr": """
            altında ama ancak arasında artık ayrıca bana bazı belki ben beni benim beri bile bir biz bize bizim bu buna bunlar
            bunların bunu bunun burada böyle bütün da daha de değil diye dolayı doğru en eğer gerek gibi göre hala hangi hem henüz
            hep her hiç hâlâ ile ise için içinde işte kadar karşı kendi kendisi ki kim kimse mi mu mü mı nasıl ne neden nerede niye
            niçin o olan olarak oldu olduğu olup olur ona onlar onların onu onun orada pek rağmen sadece sen senin siz sizin sonra
            tarafından tüm var ve veya ya yalnız yani yok zaten çok çünkü önce öyle üzerinde şey şimdi şu şöyle
            """,
        "el": """
            ένα ένας έξω έχει έχουν ή ήδη ήσαν ήταν ακόμα ακόμη αλλά αν από αυτά αυτές αυτή αυτήν αυτής αυτοί αυτού αυτούς αυτό
            αυτόν αυτός αυτών για γιατί δεν δηλαδή είμαι είμαστε είναι είσαι είστε είχε εγώ εδώ εκεί εμείς ενός ενώ επίσης επειδή
            εσείς εσύ η θα κάθε κάποια κάποιο κάποιος κάτω και κανείς κατά λοιπόν μέσα μέχρι μία μας με μετά μεταξύ μη μην μια μιας
            μου μόνο να ο οι οποία οποίες οποίο οποίοι οποίος οποίου οποίων οπότε ούτε πάντα πάνω πιο ποια ποιο ποιος πολύ ποτέ που
            πριν προς πως πώς σας σε σου στα στη στην στης στις στο στον στου στους τίποτα τα τη την της τι τις το τον του τους των
            τώρα χωρίς ως όλα όλες όλη όλο όλοι όμως όπως όσο όταν
            """,
        "ar": """
            أكثر أم أن أنا أنت أنتم أنه أنها أو أولئك أي أيضا أين إذ إذا إلا إلى إليه إليها إن إنه إنها اذا اكثر الا التى التي الذي
            الذين الى ان انا انت انه انها او ايضا اين بعد بعض بل بما به بها بهم بين تحت تكون تلك تم ثم جدا حتى حول حيث خلال دون ذلك
            ضد عبر على عليه عليها عليهم عما عن عند عندما عنه عنها غير فإن فقط فوق في فيه فيها قبل قد كان كانت كانوا كذلك كل كما كيف
            لا لدى لقد لكن لم لماذا لن له لها لهم لو ليس ليست ما ماذا متى مثل مع معه مما من منذ منه منها نحن نحو هؤلاء هذا هذه هل هم
            هن هنا هناك هو هي وأن وإذا وإن وتم وعلى وفي وقد وكان ولا ولكن ومن وهو وهي يكون يمكن
            """,
        "fa": """
            آن آنان آنجا آنكه آنها آنچه آنکه از است اكنون اما او اي ايشان اين اينجا اينكه اينها اکنون اگر ای ایشان این اینجا اینها
            اینکه با باشد باشند بدون بر براي برای بسيار بسیار بعد بلكه بله بلکه به بود بودند بوده بي بين بی بین تا تر ترين ترین تو
            توسط حتي حتی خواهد خود خودش خيلي خیلی دارد دارند داشت در درباره ديگر ديگري دیگر دیگری را روي روی زير زيرا زیر زیرا سپس
            شد شده شما شود شوند طي طی فقط قبل كجا كرد كردن كرده كند كنند كنيم كه كي ما مانند مثل من مي ميان می میان نمي نمی نه نيز
            نيست نیز نیست ها هاي های هر هست هستند هم همان همه همين همچنين همچنین همین هنوز هنگامي هنگامی هيچ هیچ و وقتي وقتی ولي ولی
            وي وی يا يك پس پيش پیش چرا چنان چند چنين چنین چه چون چيزي چگونه چیزی کجا کرد کردن کرده کند کنند کنیم که کی یا یک
            """,
        "he": """
            אבל או אותה אותו אותי אותך אותם אותנו אז אחרי איך אין איפה אל אלא אלה אלו אם אנחנו אני אף אשר את אתה אתם בגלל בה בהם בו
            בי בין בך בכל גם האלה הוא הזאת הזה היא היה היו הייתה הם הן הרבה וגם והוא והיא וכל וכן ולא זאת זה זהו זו יהיה יותר יש
            כאשר כבר כדי כי כך ככה כל כלום כמה כמו כן לא לה להם להן לו לי לך לכל למה למרות לנו לפני מאוד מה מי מישהו ממנה ממנו מן
            משהו מתי עד עוד עכשיו על עליה עליהם עליו עם פה פחות רק שהוא שהיא שזה של שלא שלה שלהם שלו שלי שלך שלנו שם תמיד
            """,
        "id": """
            ada adalah agar akan anda antara apa atau bagaimana bagi bahkan bahwa banyak baru beberapa begitu belum bisa dalam dan
            dapat dari demikian dengan di dia diri hal hampir hanya harus hingga ia ialah ini itu jika juga kalau kami kamu kapan
            karena ke kemudian kenapa ketika kita lagi lain lalu lebih maka mana masih melalui mengapa menjadi mereka merupakan
            mungkin namun nanti oleh pada para pernah pula pun punya saat sampai sana sangat saya sebagai sebelum sebuah secara
            sedang sedikit sehingga sejak sekarang selalu selama semua sendiri seorang seperti serta setelah setiap siapa sini situ
            sudah supaya tak tanpa tapi telah tentang terhadap tersebut tetapi tidak untuk yaitu yakni yang
            """,
        "vi": """
            ai anh bà bạn bằng bị bởi chiếc cho chúng chưa chỉ chị chứ các cái còn có cùng cũng cả của do dưới em giữa gì hay hoặc
            hơn hết họ khi không kia là làm lên lại lắm mà mình mỗi một ngoài nhiều nhé như nhưng nhất nhằm những nào này nên nó nếu
            nữa qua quá ra rất rằng rồi sao sau sẽ ta theo thì thật thế trong trên trước tôi tại tất từ và vào vì vẫn vậy về với
            xuống à ông đang đi đâu đây đã đó được đến đều để ấy ở
            """,
        "ca": """
            a així al algun alguna alguns allà als altra altre altres amb aquell aquella aquelles aquells aquest aquesta aquestes
            aquests aquí ara cada com contra de del dels des després doncs durant el ell ella elles ells els em en encara entre era
            eren estan estava està et fa fer fins fou ha han havia he hem heu hi ho i ja jo la les li llavors mai mateix mateixa
            mentre meu meva molt molts més ni no nosaltres nostra nostre o on per perquè però poc pot potser quan que qui quin quina
            quines quins què res se segons sempre sense ser seu seus seva seves si sinó sobre sota sí són també tan tant te teu teva
            tinc tot tota totes tots tu un una unes uns us va vaig vam van vosaltres vostra vostre vostè és
            """,
        "lt": """
            ant apie ar arba aš be bei bet bus buvo būti dar dėl esame esi esu gali galima iki ir iš jai jam jau je jei jeigu ji jie
            jiems jis jo jos jums jus jūs jūsų jų kad kada kai kaip kas kažkas kiek kita kitas kiti kodėl kol kur kuri kuriame kurie
            kurio kurios kuris kurią kurių kurį labai lyg man mane mano mes mums mus mūsų ne negu nei nes net niekada niekas nors
            nuo nėra o pagal pat per po prie prieš sau save savo su ta tai taigi taip tarp tas tau tave tavo tačiau ten tie tik to
            todėl tokia toks tos tu tuo turi tą už vis visa visada visi viskas yra čia į ši šie šio šios šis šią šį
            """,
        "lv": """
            aiz ar arī bet bez bija būs būt caur cita citi cits dēļ es esam esat esi esmu gan ir ja jau jo jums jūs jūsu ka kad
            kamēr kas katrs kur kura kuras kuri kuriem kuru kurā kurām kurš kā kāda kāds kāpēc lai līdz man mani mans mums mēs mūs
            mūsu nav nekad nekas nekā neviens no nu pa par pie pret priekš pēc sav savs savu sev sevi tad tajos tajā tas taču te tev
            tevi tie tiek tika tikai tiks tomēr tu tur tā tāpēc tās un uz vai var varētu vien vienmēr virs visas visi viss visu viņa
            viņai viņam viņas viņi viņu viņš vēl zem ļoti šajos šajā šeit šie šis šo šī šīs
            """,
        "et": """
            aga ainult alati alla ehk ei enda enne et hulgas iga ikka ilma ise ja juba juures järgi ka kaudu keegi kes kohta koos
            kui kuid kuidas kuigi kuna kunagi kus kõigi kõik kõiki ma me meid meie midagi miks millal mille milles millest milline
            mind minu minul mis miski mitte mulle mõni nad nagu need neid neile nende ning nüüd ole oled olema oleme olen olete oli
            olid olnud oma on palju peale pole polnud poolt praegu pärast rohkem sa saab seal seda see selle selles sellest sest
            siia siin siis sind sinna sinu sinul sulle ta talle te teda teid teie tema temal tõttu vahel vaid vastu veel väga vähe
            või võib üle
            """,
    ]
}

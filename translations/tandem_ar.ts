<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DemoDatabase</name>
    <message>
        <source>the file already exists</source>
        <translation>الملف موجود بالفعل</translation>
    </message>
    <message>
        <source>cannot create the folder for the demo database</source>
        <translation>تعذّر إنشاء مجلد قاعدة البيانات التجريبية</translation>
    </message>
    <message>
        <source>Demo Task Force</source>
        <translation>فرقة العمل التجريبية</translation>
    </message>
    <message>
        <source>Making the demo database of invented operations…</source>
        <translation>جارٍ إنشاء قاعدة البيانات التجريبية ذات العمليات الوهمية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>قاعدة البيانات التجريبية</translation>
    </message>
    <message>
        <source>the demo is open in another Tandem window; close it there first</source>
        <translation>العرض التجريبي مفتوح في نافذة Tandem أخرى؛ أغلقه هناك أولاً</translation>
    </message>
    <message>
        <source>cannot put the fresh demo database in place of the old one</source>
        <translation>تعذّر وضع قاعدة بيانات العرض التجريبي الجديدة مكان القديمة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Joint operations and survivor assistance for anti-trafficking task forces.</source>
        <translation>العمليات المشتركة ومساعدة الناجين لفرق عمل مكافحة الاتجار بالبشر.</translation>
    </message>
    <message>
        <source>Open the demo database of invented operations (made on first use).</source>
        <translation>فتح قاعدة البيانات التجريبية ذات العمليات الوهمية (تُنشأ عند أول استخدام).</translation>
    </message>
    <message>
        <source>The Tandem file to open. Without one, the file opened last, or else the welcome screen.</source>
        <translation>ملف Tandem المراد فتحه. إن لم يُحدَّد، يُفتح آخر ملف فُتح، وإلا فشاشة الترحيب.</translation>
    </message>
    <message>
        <source>Try &apos;tandem --help&apos;.</source>
        <translation>جرّب &apos;tandem --help&apos;.</translation>
    </message>
    <message>
        <source>give one FILE at most</source>
        <translation>حدِّد ملفًا واحدًا (FILE) على الأكثر</translation>
    </message>
    <message>
        <source>give either a FILE or --demo, not both</source>
        <translation>حدِّد إما ملفًا (FILE) وإما --demo، لا كليهما</translation>
    </message>
</context>
<context>
    <name>tandem::Actions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Make a new Tandem file for your office</source>
        <translation>إنشاء ملف Tandem جديد لمكتبك</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open a Tandem file</source>
        <translation>فتح ملف Tandem</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>فتح قاعدة البيانات ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>Open the demo database of invented operations, making it on first use</source>
        <translation>فتح قاعدة البيانات التجريبية ذات العمليات الوهمية، مع إنشائها عند أول استخدام</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the open file</source>
        <translation>إغلاق الملف المفتوح</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>نسيان الملفات المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit Tandem</source>
        <translation>الخروج من Tandem</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;حول Tandem</translation>
    </message>
    <message>
        <source>The version and licence of Tandem</source>
        <translation>إصدار Tandem وترخيصه</translation>
    </message>
    <message>
        <source>Tandem &amp;Guide</source>
        <translation>&amp;دليل Tandem</translation>
    </message>
    <message>
        <source>How to plan operations, follow survivors&apos; checklists and exchange with partners</source>
        <translation>كيفية التخطيط للعمليات، ومتابعة قوائم تحقق الناجين، والتبادل مع الشركاء</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>This Office&apos;s &amp;Key Card…</source>
        <translation>&amp;بطاقة مفتاح هذا المكتب…</translation>
    </message>
    <message>
        <source>Show this office&apos;s fingerprint and save its key card for partners</source>
        <translation>عرض بصمة هذا المكتب وحفظ بطاقة مفتاحه للشركاء</translation>
    </message>
    <message>
        <source>&amp;Trust a Partner Office…</source>
        <translation>ال&amp;وثوق بمكتب شريك…</translation>
    </message>
    <message>
        <source>Trust a partner office from its key card</source>
        <translation>الوثوق بمكتب شريك من خلال بطاقة مفتاحه</translation>
    </message>
    <message>
        <source>&amp;Export for Partners…</source>
        <translation>ت&amp;صدير للشركاء…</translation>
    </message>
    <message>
        <source>Write a signed, encrypted bundle for partner offices</source>
        <translation>كتابة حزمة موقَّعة ومشفَّرة للمكاتب الشريكة</translation>
    </message>
    <message>
        <source>&amp;Merge a Bundle…</source>
        <translation>&amp;دمج حزمة…</translation>
    </message>
    <message>
        <source>Merge a bundle from a partner office</source>
        <translation>دمج حزمة من مكتب شريك</translation>
    </message>
    <message>
        <source>&amp;Lock the Office Keys</source>
        <translation>&amp;قفل مفاتيح المكتب</translation>
    </message>
    <message>
        <source>Forget the unlocked office keys: the passphrase is asked again</source>
        <translation>نسيان مفاتيح المكتب المفتوحة: ستُطلب عبارة المرور مجددًا</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>تبا&amp;دل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Operation Order / Briefing Pack…</source>
        <translation>&amp;أمر العملية / ملف الإحاطة…</translation>
    </message>
    <message>
        <source>Write, preview or print the operation order of the selected operation</source>
        <translation>كتابة أمر العملية المحددة أو معاينته أو طباعته</translation>
    </message>
    <message>
        <source>&amp;After-Action Report…</source>
        <translation>&amp;تقرير ما بعد العملية…</translation>
    </message>
    <message>
        <source>Write, preview or print the after-action report of the selected operation</source>
        <translation>كتابة تقرير ما بعد العملية للعملية المحددة أو معاينته أو طباعته</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة المعلومات</translation>
    </message>
    <message>
        <source>Figures of the task force&apos;s joint work over a period</source>
        <translation>أرقام العمل المشترك لفرقة العمل خلال فترة</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open file to a new file</source>
        <translation>كتابة نسخة متّسقة من الملف المفتوح إلى ملف جديد</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put one of the file&apos;s automatic backups in its place</source>
        <translation>وضع إحدى النسخ الاحتياطية التلقائية للملف مكانه</translation>
    </message>
    <message>
        <source>&amp;Unlock Survivors&apos; Identities…</source>
        <translation>&amp;فتح قفل هويات الناجين…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>ت&amp;قرير</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;أمان</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>نسخ احتياطي ال&amp;آن</translation>
    </message>
    <message>
        <source>Back the open file up now, beside it, with its other backups</source>
        <translation>أخذ نسخة احتياطية من الملف المفتوح الآن، بجانبه، مع نسخه الاحتياطية الأخرى</translation>
    </message>
    <message>
        <source>The language, how long the office keys stay unlocked when unused, and backups</source>
        <translation>اللغة، ومدة بقاء مفاتيح المكتب مفتوحة دون استخدام، والنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>&amp;Reset the Demo…</source>
        <translation>إ&amp;عادة تعيين العرض التجريبي…</translation>
    </message>
    <message>
        <source>Replace the demo database with a fresh one, made for today</source>
        <translation>استبدال قاعدة بيانات العرض التجريبي بأخرى جديدة مُعدّة لليوم</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>الأ&amp;شخاص…</translation>
    </message>
    <message>
        <source>The people of this office, their roles and passphrases</source>
        <translation>أشخاص هذا المكتب وأدوارهم وعبارات مرورهم</translation>
    </message>
    <message>
        <source>Enter your passphrase to read survivors&apos; identifying details</source>
        <translation>أدخل عبارة مرورك لقراءة البيانات التعريفية للناجين</translation>
    </message>
    <message>
        <source>Change Your &amp;Passphrase…</source>
        <translation>تغيير &amp;عبارة مرورك…</translation>
    </message>
    <message>
        <source>Wrap your key slot with a new passphrase; no record changes</source>
        <translation>تغليف خانة مفاتيحك بعبارة مرور جديدة؛ لا يتغير أي سجل</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>تصدير الت&amp;قويم…</translation>
    </message>
    <message>
        <source>Write briefings, meetings and open action items as an iCalendar file for a desktop or phone calendar (code names and times only)</source>
        <translation>كتابة الإحاطات والاجتماعات وبنود العمل المفتوحة في ملف iCalendar لتقويم سطح المكتب أو الهاتف (الأسماء الرمزية والأوقات فقط)</translation>
    </message>
    <message>
        <source>Exchange &amp;Folder…</source>
        <translation>&amp;مجلد التبادل…</translation>
    </message>
    <message>
        <source>Exchange with partners on its own through a folder kept in step by a sync engine</source>
        <translation>التبادل مع الشركاء تلقائيًا عبر مجلد يبقيه محرك مزامنة متطابقًا</translation>
    </message>
    <message>
        <source>&amp;Machines of This Office…</source>
        <translation>أ&amp;جهزة هذا المكتب…</translation>
    </message>
    <message>
        <source>The computers that keep this office&apos;s file and exchange everything of it</source>
        <translation>الحواسيب التي تحفظ ملف هذا المكتب وتتبادل كل ما فيه</translation>
    </message>
    <message>
        <source>&amp;Invite a Machine…</source>
        <translation>&amp;دعوة جهاز…</translation>
    </message>
    <message>
        <source>Write an invitation that makes another computer a machine of this office</source>
        <translation>كتابة دعوة تجعل حاسوبًا آخر جهازًا من أجهزة هذا المكتب</translation>
    </message>
    <message>
        <source>&amp;Join an Office as Another Machine…</source>
        <translation>الان&amp;ضمام إلى مكتب كجهاز آخر…</translation>
    </message>
    <message>
        <source>Make this computer a machine of an office, from an invitation a lead of it wrote</source>
        <translation>جعل هذا الحاسوب جهازًا من أجهزة مكتب، بدعوة كتبها أحد مسؤوليه</translation>
    </message>
</context>
<context>
    <name>tandem::AddPersonDialog</name>
    <message>
        <source>Add a Person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>بلا جهة</translation>
    </message>
    <message>
        <source>Only a lead or a liaison can open survivors&apos; identities: their passphrase unlocks the identity key, anyone else&apos;s does not.</source>
        <translation>لا يستطيع فتح هويات الناجين إلا مسؤول أو منسق: عبارة مروره تفتح مفتاح الهوية، وعبارة أي شخص آخر لا تفتحه.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>الأدوار:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <source>Their own passphrase (they type it, twice):</source>
        <translation>عبارة المرور الخاصة به (يكتبها بنفسه مرتين):</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>إ&amp;ضافة</translation>
    </message>
</context>
<context>
    <name>tandem::AgencyActionItems</name>
    <message>
        <source>Action item</source>
        <translation>بند عمل</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>اتُّفق عليه في</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Open action items of this agency</source>
        <translation>بنود العمل المفتوحة لهذه الجهة</translation>
    </message>
    <message>
        <source>The agency&apos;s action items could not be read.</source>
        <translation>تعذّرت قراءة بنود عمل الجهة.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>بلا موعد استحقاق</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (متأخر)</translation>
    </message>
    <message>
        <source>No open action items</source>
        <translation>لا توجد بنود عمل مفتوحة</translation>
    </message>
    <message>
        <source>Open action items (the first %L1)</source>
        <translation>بنود العمل المفتوحة (أول %L1)</translation>
    </message>
    <message>
        <source>Open action items (%L1)</source>
        <translation>بنود العمل المفتوحة (%L1)</translation>
    </message>
</context>
<context>
    <name>tandem::AgencyFieldEditor</name>
    <message>
        <source>Type to find an agency, or a new name</source>
        <translation>اكتب للعثور على جهة، أو اكتب اسمًا جديدًا</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(جهة محذوفة)</translation>
    </message>
    <message>
        <source>New Agency</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. To add it, choose what kind of agency it is:</source>
        <translation>«%1» ليست في الدليل. لإضافتها، اختر نوع الجهة:</translation>
    </message>
    <message>
        <source>Add agency %1</source>
        <translation>إضافة الجهة %1</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentPreview</name>
    <message>
        <source>The image is %1 × %2 pixels, too large to show here. Save a copy to open it elsewhere.</source>
        <translation>أبعاد الصورة %1 × %2 بكسل، وهي أكبر من أن تُعرض هنا. احفظ نسخة منها لفتحها في مكان آخر.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1.</source>
        <translation>يتعذّر عرض الصورة: %1.</translation>
    </message>
    <message>
        <source>%1 — Preview</source>
        <translation>%1 — معاينة</translation>
    </message>
    <message>
        <source>The PDF cannot be shown (it is damaged, protected or not a PDF). Save a copy to open it elsewhere.</source>
        <translation>يتعذّر عرض ملف PDF (فهو تالف أو محمي أو ليس PDF). احفظ نسخة منه لفتحه في مكان آخر.</translation>
    </message>
</context>
<context>
    <name>tandem::Attachments</name>
    <message>
        <source>a survivor&apos;s attachments are locked: a lead&apos;s or liaison&apos;s passphrase opens them</source>
        <translation>مرفقات الناجي مقفلة: لا تفتحها إلا عبارة مرور مسؤول أو منسق</translation>
    </message>
    <message>
        <source>a part of the file does not open with this office&apos;s key</source>
        <translation>جزء من الملف لا يُفتح بمفتاح هذا المكتب</translation>
    </message>
    <message>
        <source>a file name is needed</source>
        <translation>اسم الملف مطلوب</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«%1» ليس اسم ملف</translation>
    </message>
    <message>
        <source>a file name has no folders in it (no / or \)</source>
        <translation>لا يحتوي اسم الملف على مجلدات (لا / ولا \)</translation>
    </message>
    <message>
        <source>a file name has no control characters</source>
        <translation>لا يحتوي اسم الملف على محارف تحكّم</translation>
    </message>
    <message>
        <source>the content is a JSON array of chunk names</source>
        <translation>المحتوى مصفوفة JSON من أسماء القطع</translation>
    </message>
    <message>
        <source>the content is a JSON array of chunk names (64 hexadecimal digits each)</source>
        <translation>المحتوى مصفوفة JSON من أسماء القطع (64 رقمًا ست عشريًا لكل منها)</translation>
    </message>
    <message>
        <source>the size does not match the content&apos;s chunks</source>
        <translation>الحجم لا يطابق قطع المحتوى</translation>
    </message>
    <message>
        <source>the largest attachment is between 1 MB and %1</source>
        <translation>الحد الأقصى لحجم المرفق بين 1 ميغابايت و %1</translation>
    </message>
    <message>
        <source>files attach to an operation, a target, a warrant, a survivor, a meeting or a tip, not to &quot;%1&quot;</source>
        <translation>تُرفق الملفات بعملية أو هدف أو أمر قضائي أو ناجٍ أو اجتماع أو بلاغ، لا بـ«%1»</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 this office attaches (Preferences)</source>
        <translation>حجم الملف %1، وهو أكبر من %2، أقصى ما يرفقه هذا المكتب (التفضيلات)</translation>
    </message>
    <message>
        <source>files can only be attached once this office has its keys: set the office passphrase first</source>
        <translation>لا يمكن إرفاق الملفات إلا بعد أن تصبح لهذا المكتب مفاتيحه: عيّن عبارة مرور المكتب أولًا</translation>
    </message>
    <message>
        <source>the file ended before its %1 were read: it changed while it was attached</source>
        <translation>انتهى الملف قبل قراءة حجمه كاملًا (%1): لقد تغيّر أثناء إرفاقه</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>attaching cancelled; nothing was kept</source>
        <translation>أُلغي الإرفاق؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>the file changed while it was attached; nothing was kept</source>
        <translation>تغيّر الملف أثناء إرفاقه؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>لا يوجد ملف كهذا</translation>
    </message>
    <message>
        <source>there is no attachment with this id</source>
        <translation>لا يوجد مرفق بهذا المعرّف</translation>
    </message>
    <message>
        <source>a part of the file is missing from this file (chunk %1)</source>
        <translation>جزء من الملف المرفق مفقود من هذا الملف (القطعة %1)</translation>
    </message>
    <message>
        <source>a part of the file was altered (chunk %1)</source>
        <translation>جرى تحريف جزء من الملف (القطعة %1)</translation>
    </message>
    <message>
        <source>the file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>the file&apos;s parts add up to %1, not the %2 it had</source>
        <translation>مجموع أجزاء الملف %1، لا %2 كما كان حجمه</translation>
    </message>
    <message>
        <source>the file is %1, too large to show here (at most %2)</source>
        <translation>حجم الملف %1، وهو أكبر من أن يُعرض هنا (الحد الأقصى %2)</translation>
    </message>
    <message>
        <source>a part of an attached file is missing (chunk %1)</source>
        <translation>جزء من ملف مرفق مفقود (القطعة %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a part of an attached file</source>
        <translation>«%1» ليس اسم جزء من ملف مرفق</translation>
    </message>
    <message>
        <source>files can only be kept once this office has its keys: set the office passphrase first</source>
        <translation>لا يمكن حفظ الملفات إلا بعد أن تصبح لهذا المكتب مفاتيحه: عيّن عبارة مرور المكتب أولًا</translation>
    </message>
    <message>
        <source>only a lead sets the largest attached file: %1</source>
        <translation>لا يحدّد أكبر حجم للملفات المرفقة إلا مسؤول: %1</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentsPanel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>صورة (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>ملف آخر</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>أرفقه</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>أُرفق في</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Attach a file to this record (Ctrl+Shift+F); you can also drop files on the list</source>
        <translation>إرفاق ملف بهذا السجل (Ctrl+Shift+F)؛ ويمكنك أيضًا إفلات الملفات على القائمة</translation>
    </message>
    <message>
        <source>Show the selected file (Return or double-click)</source>
        <translation>عرض الملف المحدد (Return أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder you choose</source>
        <translation>كتابة نسخة من الملف المحدد في مجلد تختاره</translation>
    </message>
    <message>
        <source>Remove the selected file from this record (Delete); Undo brings it back</source>
        <translation>إزالة الملف المحدد من هذا السجل (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>(locked: unlock identities to see it)</source>
        <translation>(مقفل: افتح قفل الهويات لرؤيته)</translation>
    </message>
    <message>
        <source>“%1” could not be attached</source>
        <translation>تعذّر إرفاق «%1»</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>هذا ليس ملفًا</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>لا يوجد ملف كهذا</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 this office attaches (Edit ▸ Preferences)</source>
        <translation>حجم الملف %1، وهو أكبر من %2، أقصى ما يرفقه هذا المكتب (تحرير ▸ التفضيلات)</translation>
    </message>
    <message>
        <source>the office&apos;s keys are not at hand</source>
        <translation>مفاتيح المكتب غير متاحة</translation>
    </message>
    <message>
        <source>Attaching a file needs the office&apos;s keys: it is kept encrypted, named by a keyed hash.</source>
        <translation>يتطلب إرفاق ملف مفاتيحَ المكتب: إذ يُحفظ مشفّرًا ويُسمّى بتجزئة ذات مفتاح.</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Attaching “%1”…</source>
        <translation>جارٍ إرفاق «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>إرفاق «%1»</translation>
    </message>
    <message>
        <source>the survivor&apos;s file</source>
        <translation>ملف الناجي</translation>
    </message>
    <message>
        <source>“%1” could not be opened</source>
        <translation>تعذّر فتح «%1»</translation>
    </message>
    <message>
        <source>Opening an attached file needs the office&apos;s keys.</source>
        <translation>يتطلب فتح ملف مرفق مفاتيحَ المكتب.</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>A survivor&apos;s files are not handed to other applications.</source>
        <translation>لا تُسلَّم ملفات الناجي إلى تطبيقات أخرى.</translation>
    </message>
    <message>
        <source>Tandem shows images and PDFs itself. To open another kind of file, save a copy with Save As… where you choose, and delete it when you are done.</source>
        <translation>يعرض Tandem الصور وملفات PDF بنفسه. لفتح نوع آخر من الملفات، احفظ نسخة عبر «حفظ باسم…» في المكان الذي تختاره، واحذفها حين تنتهي.</translation>
    </message>
    <message>
        <source>Open “%1” with the application your desktop uses for this kind of file?</source>
        <translation>هل تريد فتح «%1» بالتطبيق الذي يستخدمه سطح المكتب لهذا النوع من الملفات؟</translation>
    </message>
    <message>
        <source>Tandem writes a copy to a private temporary folder for that application and deletes it when Tandem closes. A file from a partner may be harmful: open only what you expect.</source>
        <translation>يكتب Tandem نسخة في مجلد مؤقت خاص بذلك التطبيق ويحذفها عند إغلاق Tandem. قد يكون الملف الوارد من شريك ضارًا: لا تفتح إلا ما تتوقعه.</translation>
    </message>
    <message>
        <source>no private temporary folder could be made</source>
        <translation>تعذّر إنشاء مجلد مؤقت خاص</translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation>تعذّر حفظ الملف</translation>
    </message>
    <message>
        <source>Saving a copy of an attached file needs the office&apos;s keys.</source>
        <translation>يتطلب حفظ نسخة من ملف مرفق مفاتيحَ المكتب.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>%1 attachment %2</source>
        <translation>%1، المرفق %2</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>إزالة «%1»</translation>
    </message>
    <message>
        <source>“%1” could not be removed</source>
        <translation>تعذّرت إزالة «%1»</translation>
    </message>
    <message>
        <source>Drop files here, or attach them with Attach File… (Ctrl+Shift+F); F2 changes the selected file&apos;s title. Files are kept in the office file, encrypted, and go where this record goes.</source>
        <translation>أفلت الملفات هنا أو أرفقها عبر «إرفاق ملف…» (Ctrl+Shift+F)؛ يغيّر F2 عنوان الملف المحدد. تُحفظ الملفات مشفّرة في ملف المكتب وتذهب حيث يذهب هذا السجل.</translation>
    </message>
    <message>
        <source>a file keeps a title: type one, or press Escape to keep “%1”</source>
        <translation>يحتفظ الملف بعنوان: اكتب عنوانًا أو اضغط Escape للإبقاء على «%1»</translation>
    </message>
    <message>
        <source>Retitle “%1”</source>
        <translation>تغيير عنوان «%1»</translation>
    </message>
    <message>
        <source>The title of “%1” was not changed</source>
        <translation>لم يتغيّر عنوان «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::Audit</name>
    <message>
        <source>the audit chain&apos;s key is missing from the file</source>
        <translation>مفتاح سلسلة التدقيق مفقود من الملف</translation>
    </message>
    <message>
        <source>the hash chain is broken here: this entry, or one before it, was changed or removed</source>
        <translation>سلسلة التجزئة مقطوعة هنا: هذا الإدخال، أو إدخال قبله، غُيِّر أو حُذف</translation>
    </message>
    <message>
        <source>this entry has no key mark (MAC) although the chain was keyed before it: it was written around Tandem</source>
        <translation>هذا الإدخال بلا علامة مفتاح (MAC) مع أن السلسلة كانت مفتاحية قبله: كُتب خارج Tandem</translation>
    </message>
    <message>
        <source>this entry&apos;s key mark (MAC) does not fit: the entry, or one before it, was rewritten</source>
        <translation>علامة المفتاح (MAC) لهذا الإدخال لا تطابق: أُعيدت كتابة الإدخال أو إدخال قبله</translation>
    </message>
    <message>
        <source>the log ends here but its key has moved on to entry %1: entries after this one were removed</source>
        <translation>ينتهي السجل هنا لكن مفتاحه انتقل إلى الإدخال %1: حُذفت إدخالات بعد هذا الإدخال</translation>
    </message>
    <message>
        <source>the chain&apos;s key stands at entry %1, before the end of the log</source>
        <translation>مفتاح السلسلة عند الإدخال %1، قبل نهاية السجل</translation>
    </message>
    <message>
        <source>the chain&apos;s key does not follow from its entries: entries after this one were removed, or the key replaced</source>
        <translation>مفتاح السلسلة لا ينتج عن إدخالاتها: حُذفت إدخالات بعد هذا الإدخال، أو استُبدل المفتاح</translation>
    </message>
</context>
<context>
    <name>tandem::AuditModel</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Keys made</source>
        <translation>إنشاء المفاتيح</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Report with identities</source>
        <translation>تقرير بالهويات</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>تعذّرت قراءة سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Entry %L1: this entry does not follow from the ones before it. It was changed, or entries before it were removed.</source>
        <translation>الإدخال %L1: هذا الإدخال لا يتّسق مع الإدخالات التي قبله. لقد غُيِّر، أو أُزيلت إدخالات قبله.</translation>
    </message>
    <message>
        <source>Entry %L1, %2</source>
        <translation>الإدخال %L1، %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Partner trusted</source>
        <translation>وُثق بالشريك</translation>
    </message>
    <message>
        <source>Partner&apos;s key replaced</source>
        <translation>استُبدل مفتاح الشريك</translation>
    </message>
    <message>
        <source>Partner untrusted</source>
        <translation>سُحبت الثقة من الشريك</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>عُرضت الهوية</translation>
    </message>
    <message>
        <source>Status moved</source>
        <translation>تغيّرت الحالة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>أُضيف شخص</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>أُزيل شخص</translation>
    </message>
    <message>
        <source>Clock repaired</source>
        <translation>أُصلحت الساعة</translation>
    </message>
    <message>
        <source>Attached file saved out</source>
        <translation>حفظ نسخة من ملف مرفق</translation>
    </message>
</context>
<context>
    <name>tandem::AuditView</name>
    <message>
        <source>Show entries of the action</source>
        <translation>عرض إدخالات الإجراء</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>البحث في سجل التدقيق</translation>
    </message>
    <message>
        <source>Search who, subject, details…</source>
        <translation>ابحث في مَن والموضوع والتفاصيل…</translation>
    </message>
    <message>
        <source>Audit trail, newest first</source>
        <translation>سجل التدقيق، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>تعذّر فحص سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail is whole.&lt;/b&gt; Each of its %L1 entries carries the hash of the one before it, and all of them check out: none has been changed or taken out.</source>
        <translation>&lt;b&gt;سجل التدقيق سليم.&lt;/b&gt; يحمل كل إدخال من إدخالاته (وعددها %L1) تجزئةَ الإدخال الذي قبله، وقد اجتازت جميعها الفحص: لم يُغيَّر أي منها ولم يُحذف.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No entries yet.&lt;/b&gt; Exports, merges, restores and every unlock of the office keys are written here, each chained to the one before it.</source>
        <translation>&lt;b&gt;لا توجد إدخالات بعد.&lt;/b&gt; يُكتب هنا كل تصدير ودمج واستعادة وكل فتح لقفل مفاتيح المكتب، ويُربط كل إدخال بالذي قبله.</translation>
    </message>
    <message>
        <source>entry %L1</source>
        <translation>الإدخال %L1</translation>
    </message>
    <message>
        <source>entry %L1 (%2, %3, by %4)</source>
        <translation>الإدخال %L1 (%2، %3، بواسطة %4)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>جميع الإجراءات</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>إدخال واحد</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>لا يوجد إدخال يطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>سجل التدقيق فارغ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>لا مدخلات</numerusform>
            <numerusform>مدخل واحد</numerusform>
            <numerusform>مدخلان</numerusform>
            <numerusform>%Ln مدخلات</numerusform>
            <numerusform>%Ln مدخلًا</numerusform>
            <numerusform>%Ln مدخل</numerusform>
        </translation>
    </message>
    <message>
        <source>Show entries of the person</source>
        <translation>عرض إدخالات الشخص</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;تم العبث بسجل التدقيق:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with.&lt;/b&gt; At %1: %2. Entries from there on cannot be trusted. &lt;a href=&quot;#broken&quot;&gt;Show the entry&lt;/a&gt;</source>
        <translation>&lt;b&gt;تم العبث بسجل التدقيق.&lt;/b&gt; عند %1: %2. لا يمكن الوثوق بالإدخالات من هناك فصاعدًا. &lt;a href=&quot;#broken&quot;&gt;عرض الإدخال&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
</context>
<context>
    <name>tandem::Backup</name>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>تعذّرت كتابة النسخة: %1</translation>
    </message>
    <message>
        <source>the copy was stopped before it was finished</source>
        <translation>توقّف النسخ قبل اكتماله</translation>
    </message>
    <message>
        <source>the copy failed: %1</source>
        <translation>فشل النسخ: %1</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>الملف موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>قاعدة البيانات غير مفتوحة</translation>
    </message>
    <message>
        <source>cannot move the finished copy into place</source>
        <translation>تعذّر نقل النسخة المكتملة إلى موضعها</translation>
    </message>
    <message>
        <source>this backup cannot be restored: %1</source>
        <translation>لا يمكن استعادة هذه النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>the current file could not be backed up, so nothing was restored: %1</source>
        <translation>تعذّر أخذ نسخة احتياطية من الملف الحالي، لذا لم يُستعَد أي شيء: %1</translation>
    </message>
    <message>
        <source>cannot put the backup in place; the file is unchanged</source>
        <translation>تعذّر وضع النسخة الاحتياطية في موضعها؛ الملف لم يتغيّر</translation>
    </message>
    <message>
        <source>cannot make the backup folder: %1</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية: %1</translation>
    </message>
    <message>
        <source>cannot make the copy readable by its owner only</source>
        <translation>تعذّر جعل النسخة مقروءة لمالكها وحده</translation>
    </message>
    <message>
        <source>this is a copy of another office&apos;s file (&quot;%1&quot;, site %2), not a backup of this one (site %3): a restore takes only a backup of this office&apos;s own file</source>
        <translation>هذه نسخة من ملف مكتب آخر («%1»، الموقع %2)، وليست نسخة احتياطية من هذا الملف (الموقع %3): لا يُستعاد إلا نسخة احتياطية من ملف هذا المكتب نفسه</translation>
    </message>
    <message>
        <source>the backup could not be prepared, the file is unchanged: %1</source>
        <translation>تعذّر تجهيز النسخة الاحتياطية؛ لم يتغيّر الملف: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ChangeCommands</name>
    <message>
        <source>%1 made since refers to it, so it can no longer be taken back</source>
        <translation>يشير إليه ما أُجري بعده (%1)، لذا لم يعد بالإمكان التراجع عنه</translation>
    </message>
</context>
<context>
    <name>tandem::Check</name>
    <message>
        <source>(no id)</source>
        <translation>(بلا معرِّف)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ليس من بين %2</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 are allowed</source>
        <translation>عدد الأحرف %1، والحد الأقصى المسموح به %2</translation>
    </message>
    <message>
        <source>several lines in a one-line field</source>
        <translation>عدة أسطر في حقل من سطر واحد</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
        <source>%1 is neither 0 (false) nor 1 (true)</source>
        <translation>%1 ليس 0 (خطأ) ولا 1 (صواب)</translation>
    </message>
    <message>
        <source>%1 seconds is not a time between the years 1900 and 2200</source>
        <translation>القيمة %1 (بالثواني) لا تمثّل وقتًا بين عامَي 1900 و2200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as yyyy-mm-dd</source>
        <translation>&quot;%1&quot; ليس تاريخًا بالصيغة yyyy-mm-dd</translation>
    </message>
    <message>
        <source>the id is %1 bytes, not 16</source>
        <translation>طول المعرِّف %1 بايت، لا 16</translation>
    </message>
    <message>
        <source>not a JSON array of strings</source>
        <translation>ليس مصفوفة JSON من السلاسل النصية</translation>
    </message>
    <message>
        <source>rowid %1</source>
        <translation>معرِّف الصف (rowid) %1</translation>
    </message>
    <message>
        <source>breaks a foreign key to %1</source>
        <translation>يخرق مفتاحًا خارجيًا إلى %1</translation>
    </message>
    <message>
        <source>the site id is not 16 bytes</source>
        <translation>معرِّف الموقع ليس بطول 16 بايت</translation>
    </message>
    <message>
        <source>the clock is missing</source>
        <translation>الساعة مفقودة</translation>
    </message>
    <message>
        <source>the sequence is missing</source>
        <translation>التسلسل مفقود</translation>
    </message>
    <message>
        <source>this office&apos;s own record is missing</source>
        <translation>سجل هذا المكتب نفسه مفقود</translation>
    </message>
    <message>
        <source>this office&apos;s own record is deleted</source>
        <translation>سجل هذا المكتب نفسه محذوف</translation>
    </message>
    <message>
        <source>the table cannot be read: %1</source>
        <translation>تعذّرت قراءة الجدول: %1</translation>
    </message>
    <message>
        <source>the id is not 16 bytes</source>
        <translation>المعرِّف ليس بطول 16 بايت</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>%1 is beyond the file&apos;s sequence %2</source>
        <translation>%1 يتجاوز تسلسل الملف %2</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>حقل إلزامي فارغ</translation>
    </message>
    <message>
        <source>the row is deleted but still holds a value here</source>
        <translation>الصف محذوف لكنه لا يزال يحمل قيمة هنا</translation>
    </message>
    <message>
        <source>an identifying detail is stored unsealed (as %1)</source>
        <translation>بيان تعريفي مخزَّن غير مختوم (بصيغة %1)</translation>
    </message>
    <message>
        <source>a sealed value is too short to be one</source>
        <translation>قيمة مختومة أقصر من أن تكون كذلك</translation>
    </message>
    <message>
        <source>stored as %1, expected %2</source>
        <translation>مخزَّن بصيغة %1، والمتوقَّع %2</translation>
    </message>
    <message>
        <source>the version is not 24 bytes</source>
        <translation>الإصدار ليس بطول 24 بايت</translation>
    </message>
    <message>
        <source>a version made by this office is ahead of its clock</source>
        <translation>إصدار أنشأه هذا المكتب يسبق ساعته</translation>
    </message>
    <message>
        <source>the row is deleted but its delete has no version, so partners never learn of it</source>
        <translation>الصف محذوف لكن حذفه بلا إصدار، فلن يعلم به الشركاء أبدًا</translation>
    </message>
    <message>
        <source>%1 (concurrent edits by two offices can do this)</source>
        <translation>%1 (قد ينتج هذا عن تعديلات متزامنة من مكتبين)</translation>
    </message>
    <message>
        <source>the references cannot be followed: %1</source>
        <translation>تعذّر تتبّع المراجع: %1</translation>
    </message>
    <message>
        <source>refers to %1 %2, which this file does not hold</source>
        <translation>يشير إلى %1 %2، وهو غير موجود في هذا الملف</translation>
    </message>
    <message>
        <source>its owner, %1 %2, was deleted but this row was not</source>
        <translation>مالكه، %1 %2، حُذف لكن هذا الصف لم يُحذف</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>empty text, which is stored as no value</source>
        <translation>نص فارغ، يُحفظ على أنه لا قيمة</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>يحتوي على محارف تحكّم</translation>
    </message>
    <message>
        <source>has spaces at its start or end</source>
        <translation>فيه مسافات في أوله أو آخره</translation>
    </message>
    <message>
        <source>an empty list, which is stored as no value</source>
        <translation>قائمة فارغة، تُحفظ على أنها لا قيمة</translation>
    </message>
    <message>
        <source>%1 entries, at most %2 are allowed</source>
        <translation>%1 عنصرًا؛ المسموح %2 على الأكثر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» مذكور مرتين</translation>
    </message>
    <message>
        <source>the id is all zeros</source>
        <translation>المعرّف كله أصفار</translation>
    </message>
</context>
<context>
    <name>tandem::Checklist</name>
    <message>
        <source>this survivor was deleted</source>
        <translation>حُذف سجل هذا الناجي</translation>
    </message>
    <message>
        <source>the rescue time (T0) is not set; the checklist is made from it</source>
        <translation>لم يُعيَّن وقت الإنقاذ (T0)؛ وقائمة التحقق تُنشأ بناءً عليه</translation>
    </message>
    <message>
        <source>there is no active protocol to make a checklist from; install the default protocols or import one</source>
        <translation>لا يوجد بروتوكول نشط لإنشاء قائمة تحقق منه؛ ثبّت البروتوكولات الافتراضية أو استورد بروتوكولًا</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation>الخطوة &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>this survivor already has a checklist (1 step)</source>
        <translation>لدى هذا الناجي قائمة تحقق بالفعل (خطوة واحدة)</translation>
    </message>
    <message numerus="yes">
        <source>this survivor already has a checklist (%n steps)</source>
        <translation>
            <numerusform>لدى هذا الناجي قائمة تحقق بالفعل (بلا خطوات)</numerusform>
            <numerusform>لدى هذا الناجي قائمة تحقق بالفعل (خطوة واحدة)</numerusform>
            <numerusform>لدى هذا الناجي قائمة تحقق بالفعل (خطوتان)</numerusform>
            <numerusform>لدى هذا الناجي قائمة تحقق بالفعل (%n خطوات)</numerusform>
            <numerusform>لدى هذا الناجي قائمة تحقق بالفعل (%n خطوة)</numerusform>
            <numerusform>لدى هذا الناجي قائمة تحقق بالفعل (%n خطوة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistModel</name>
    <message>
        <source>The checklist could not be read.</source>
        <translation>تعذّرت قراءة قائمة التحقق.</translation>
    </message>
    <message>
        <source>(step not received from its office)</source>
        <translation>(خطوة لم تُستلم من مكتبها)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (اختيارية)</translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation>قبل المقابلة الأولى</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (تأخير %2)</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 الإصدار %2</translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation>تعذّر تأشير الخطوة.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>(deleted service)</source>
        <translation>(خدمة محذوفة)</translation>
    </message>
    <message>
        <source>%1 — accepted</source>
        <translation>%1 — مقبولة</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — مرفوضة</translation>
    </message>
    <message>
        <source>%1 — awaiting answer</source>
        <translation>%1 — بانتظار الرد</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>تم الرد في %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistPanel</name>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>The step was done (D, or Space to toggle)</source>
        <translation>أُنجزت الخطوة (D، أو Space للتبديل)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Someone is on it (P)</source>
        <translation>أحدهم يعمل عليها (P)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <source>The step does not apply to this survivor (N)</source>
        <translation>لا تنطبق الخطوة على هذا الناجي (N)</translation>
    </message>
    <message>
        <source>Declined by survivor</source>
        <translation>رفضها الناجي</translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice, not as a step missed (X)</source>
        <translation>اختار الناجي عدم الحصول على هذا: يُسجَّل بوصفه خياره، لا بوصفه خطوة فائتة (X)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Open the step again (O)</source>
        <translation>فتح الخطوة مجددًا (O)</translation>
    </message>
    <message>
        <source>Save Step</source>
        <translation>حفظ الخطوة</translation>
    </message>
    <message>
        <source>What was done, by whom, and anything the next person must know</source>
        <translation>ما الذي أُنجز، ومن أنجزه، وأي شيء يجب أن يعرفه الشخص التالي</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>لم تُنجز بعد</translation>
    </message>
    <message>
        <source>Name of the person who did it</source>
        <translation>اسم الشخص الذي أنجزها</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>الخطوة المحددة</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>أُحيل إلى:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Done by:</source>
        <translation>أنجزها:</translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation>تعذّر تغيير الخطوة.</translation>
    </message>
    <message>
        <source>No checklist yet: it is made when the rescue time (T0) is set.</source>
        <translation>لا توجد قائمة تحقق بعد: تُنشأ عند تعيين وقت الإنقاذ (T0).</translation>
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation>تعذّر حفظ الخطوة.</translation>
    </message>
    <message>
        <source>%1 overdue · %2 of %3 settled</source>
        <translation>متأخرة: %1 · محسومة: %2 من %3</translation>
    </message>
    <message>
        <source>%1 of %2 settled</source>
        <translation>محسومة: %1 من %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Why declined:</source>
        <translation>سبب الرفض:</translation>
    </message>
    <message>
        <source>Why not applicable:</source>
        <translation>سبب عدم الانطباق:</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>أنجزها</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>وقت الإنجاز</translation>
    </message>
</context>
<context>
    <name>tandem::ChildRecordTexts</name>
    <message>
        <source>&amp;Add target</source>
        <translation>&amp;إضافة هدف</translation>
    </message>
    <message>
        <source>Add a target (Insert or Ctrl+Shift+N)</source>
        <translation>إضافة هدف (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create target</source>
        <translation>إنشاء الهدف</translation>
    </message>
    <message>
        <source>Make the target from the form (Return, or Ctrl+Return)</source>
        <translation>إنشاء الهدف من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected target (Delete); Undo brings it back</source>
        <translation>إزالة الهدف المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Select a target to edit it, or add one.</source>
        <translation>حدِّد هدفًا لتحريره، أو أضف هدفًا.</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>إزالة الهدف</translation>
    </message>
    <message>
        <source>&amp;Add assignment</source>
        <translation>&amp;إضافة تكليف</translation>
    </message>
    <message>
        <source>Add an assignment (Insert or Ctrl+Shift+N)</source>
        <translation>إضافة تكليف (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create assignment</source>
        <translation>إنشاء التكليف</translation>
    </message>
    <message>
        <source>Make the assignment from the form (Return, or Ctrl+Return)</source>
        <translation>إنشاء التكليف من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected assignment (Delete); Undo brings it back</source>
        <translation>إزالة التكليف المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Select an assignment to edit it, or add one.</source>
        <translation>حدِّد تكليفًا لتحريره، أو أضف تكليفًا.</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>تكليف جديد</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>إضافة تكليف</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>إزالة التكليف</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;إضافة مهمة</translation>
    </message>
    <message>
        <source>Add a task (Insert or Ctrl+Shift+N)</source>
        <translation>إضافة مهمة (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>إنشاء المهمة</translation>
    </message>
    <message>
        <source>Make the task from the form (Return, or Ctrl+Return)</source>
        <translation>إنشاء المهمة من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected task (Delete); Undo brings it back</source>
        <translation>إزالة المهمة المحددة (Delete)؛ التراجع يعيدها</translation>
    </message>
    <message>
        <source>Select a task to edit it, or add one.</source>
        <translation>حدِّد مهمة لتحريرها، أو أضف مهمة.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>إزالة المهمة</translation>
    </message>
    <message>
        <source>&amp;Add attendance</source>
        <translation>&amp;إضافة حضور</translation>
    </message>
    <message>
        <source>Record an agency&apos;s attendance (Insert or Ctrl+Shift+N)</source>
        <translation>تسجيل حضور جهة (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create attendance</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Record the attendance from the form (Return, or Ctrl+Return)</source>
        <translation>تسجيل الحضور من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected attendance (Delete); Undo brings it back</source>
        <translation>إزالة الحضور المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Select an agency&apos;s attendance to edit it, or add one.</source>
        <translation>حدِّد حضور جهة لتحريره، أو أضف حضورًا.</translation>
    </message>
    <message>
        <source>New attendance</source>
        <translation>حضور جديد</translation>
    </message>
    <message>
        <source>Add attendance</source>
        <translation>إضافة حضور</translation>
    </message>
    <message>
        <source>Remove attendance</source>
        <translation>إزالة الحضور</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>&amp;إضافة بند عمل</translation>
    </message>
    <message>
        <source>Add an action item (Insert or Ctrl+Shift+N)</source>
        <translation>إضافة بند عمل (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create action item</source>
        <translation>إنشاء بند العمل</translation>
    </message>
    <message>
        <source>Make the action item from the form (Return, or Ctrl+Return)</source>
        <translation>إنشاء بند العمل من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected action item (Delete); Undo brings it back</source>
        <translation>إزالة بند العمل المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Select an action item to edit it, or add one.</source>
        <translation>حدِّد بند عمل لتحريره، أو أضف بندًا.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>بند عمل جديد</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>إضافة بند عمل</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>إزالة بند العمل</translation>
    </message>
    <message>
        <source>&amp;Add feedback</source>
        <translation>&amp;إضافة ملاحظات</translation>
    </message>
    <message>
        <source>Add an agency&apos;s feedback (Insert or Ctrl+Shift+N)</source>
        <translation>إضافة ملاحظات جهة (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create feedback</source>
        <translation>تسجيل الملاحظات</translation>
    </message>
    <message>
        <source>Record the feedback from the form (Return, or Ctrl+Return)</source>
        <translation>تسجيل الملاحظات من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected feedback (Delete); Undo brings it back</source>
        <translation>إزالة الملاحظات المحددة (Delete)؛ التراجع يعيدها</translation>
    </message>
    <message>
        <source>Select an agency&apos;s feedback to edit it, or add one.</source>
        <translation>حدِّد ملاحظات جهة لتحريرها، أو أضف ملاحظات.</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>ملاحظات جديدة</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>إضافة ملاحظات</translation>
    </message>
    <message>
        <source>Remove feedback</source>
        <translation>إزالة الملاحظات</translation>
    </message>
    <message>
        <source>&amp;Add: %1</source>
        <translation>&amp;إضافة: %1</translation>
    </message>
    <message>
        <source>%1: add one (Insert or Ctrl+Shift+N)</source>
        <translation>%1: إضافة (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create: %1</source>
        <translation>إنشاء: %1</translation>
    </message>
    <message>
        <source>%1: make it from the form (Return, or Ctrl+Return)</source>
        <translation>%1: الإنشاء من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1: remove the selected one (Delete); Undo brings it back</source>
        <translation>%1: إزالة المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>%1: select one to edit it, or add one.</source>
        <translation>%1: حدِّد واحدًا لتحريره، أو أضف واحدًا.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (جديد)</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>إضافة: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>إزالة: %1</translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>لا أهداف بعد</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>هدف واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n targets</source>
        <translation>
            <numerusform>لا أهداف</numerusform>
            <numerusform>هدف واحد</numerusform>
            <numerusform>هدفان</numerusform>
            <numerusform>%n أهداف</numerusform>
            <numerusform>%n هدفًا</numerusform>
            <numerusform>%n هدف</numerusform>
        </translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation>لا تكليفات بعد</translation>
    </message>
    <message>
        <source>1 assignment</source>
        <translation>تكليف واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n assignments</source>
        <translation>
            <numerusform>لا تكليفات</numerusform>
            <numerusform>تكليف واحد</numerusform>
            <numerusform>تكليفان</numerusform>
            <numerusform>%n تكليفات</numerusform>
            <numerusform>%n تكليفًا</numerusform>
            <numerusform>%n تكليف</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>لا مهام بعد</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>مهمة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>لا مهام</numerusform>
            <numerusform>مهمة واحدة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>%n مهام</numerusform>
            <numerusform>%n مهمة</numerusform>
            <numerusform>%n مهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>No agency recorded yet</source>
        <translation>لم تُسجَّل أي جهة بعد</translation>
    </message>
    <message>
        <source>1 agency attended</source>
        <translation>حضرت جهة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies attended</source>
        <translation>
            <numerusform>لم تحضر أي جهة</numerusform>
            <numerusform>حضرت جهة واحدة</numerusform>
            <numerusform>حضرت جهتان</numerusform>
            <numerusform>حضرت %n جهات</numerusform>
            <numerusform>حضرت %n جهة</numerusform>
            <numerusform>حضرت %n جهة</numerusform>
        </translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation>لا بنود عمل بعد</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation>بند عمل واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>لا بنود عمل</numerusform>
            <numerusform>بند عمل واحد</numerusform>
            <numerusform>بندا عمل</numerusform>
            <numerusform>%n بنود عمل</numerusform>
            <numerusform>%n بند عمل</numerusform>
            <numerusform>%n بند عمل</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet</source>
        <translation>لا ملاحظات بعد</translation>
    </message>
    <message>
        <source>1 agency gave feedback</source>
        <translation>قدّمت جهة واحدة ملاحظاتها</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies gave feedback</source>
        <translation>
            <numerusform>لم تقدّم أي جهة ملاحظاتها</numerusform>
            <numerusform>قدّمت جهة واحدة ملاحظاتها</numerusform>
            <numerusform>قدّمت جهتان ملاحظاتهما</numerusform>
            <numerusform>قدّمت %n جهات ملاحظاتها</numerusform>
            <numerusform>قدّمت %n جهة ملاحظاتها</numerusform>
            <numerusform>قدّمت %n جهة ملاحظاتها</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: لا شيء بعد</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>&amp;Add warrant</source>
        <translation>&amp;إضافة أمر قضائي</translation>
    </message>
    <message>
        <source>Add a warrant (Insert or Ctrl+Shift+N)</source>
        <translation>إضافة أمر قضائي (Insert أو Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create warrant</source>
        <translation>إنشاء الأمر القضائي</translation>
    </message>
    <message>
        <source>Make the warrant from the form (Return, or Ctrl+Return)</source>
        <translation>إنشاء الأمر القضائي من النموذج (Enter أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the selected warrant (Delete); Undo brings it back</source>
        <translation>إزالة الأمر القضائي المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <source>Select a warrant to edit it, or add one.</source>
        <translation>حدِّد أمرًا قضائيًا لتحريره، أو أضف أمرًا.</translation>
    </message>
    <message>
        <source>New warrant</source>
        <translation>أمر قضائي جديد</translation>
    </message>
    <message>
        <source>Add warrant</source>
        <translation>إضافة أمر قضائي</translation>
    </message>
    <message>
        <source>Remove warrant</source>
        <translation>إزالة الأمر القضائي</translation>
    </message>
    <message>
        <source>No warrants yet</source>
        <translation>لا أوامر قضائية بعد</translation>
    </message>
    <message>
        <source>1 warrant</source>
        <translation>أمر قضائي واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n warrants</source>
        <translation>
            <numerusform>%n أمر قضائي</numerusform>
            <numerusform>أمر قضائي واحد</numerusform>
            <numerusform>أمران قضائيان</numerusform>
            <numerusform>%n أوامر قضائية</numerusform>
            <numerusform>%n أمرًا قضائيًا</numerusform>
            <numerusform>%n أمر قضائي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChildRecordsPage</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>tandem::ChildTableModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(جهة محذوفة)</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>تأشير %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>إلغاء تأشير %1</translation>
    </message>
    <message>
        <source>(deleted %1)</source>
        <translation>(%1 المحذوف)</translation>
    </message>
</context>
<context>
    <name>tandem::ConfirmNameDialog</name>
    <message>
        <source>To delete it, type its name, %1:</source>
        <translation>لحذفها، اكتب اسمها، %1:</translation>
    </message>
    <message>
        <source>Name of what is deleted</source>
        <translation>اسم ما يُحذف</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(identifying detail, hidden)</source>
        <translation>(بيان تعريفي، مخفي)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>تعذّرت قراءة التعارضات: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>السجل بأكمله</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Not deleted, with its edits (%1)</source>
        <translation>غير محذوف، مع تعديلاته (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>القيمة المحتفظ بها</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>كتبها</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>Added under a deleted %1</source>
        <translation>أُضيف تحت %1 محذوف</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 محذوف</translation>
    </message>
    <message>
        <source>%1 “%2” deleted</source>
        <translation>%1 «%2» محذوف</translation>
    </message>
    <message>
        <source>Added to it (%1)</source>
        <translation>مُضاف (%1)</translation>
    </message>
    <message>
        <source>Survivors: %1</source>
        <translation>الناجون: %1</translation>
    </message>
    <message>
        <source>Same code, two survivors</source>
        <translation>الرمز نفسه لناجيَين</translation>
    </message>
    <message>
        <source>no operation</source>
        <translation>بلا عملية</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>العملية %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>سُجّل %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictPane</name>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;إبقاء</translation>
    </message>
    <message>
        <source>Keep the value the record holds now; the conflict leaves the list.</source>
        <translation>إبقاء القيمة التي يحملها السجل الآن؛ ويخرج التعارض من القائمة.</translation>
    </message>
    <message>
        <source>&amp;Take the Other Value</source>
        <translation>&amp;اعتماد القيمة الأخرى</translation>
    </message>
    <message>
        <source>Write the other value into the record, as an edit of this office that partners receive with the next export. Edit ▸ Undo takes it back.</source>
        <translation>كتابة القيمة الأخرى في السجل، بوصفها تعديلًا من هذا المكتب يستلمه الشركاء مع التصدير التالي. تحرير ▸ تراجع يلغيه.</translation>
    </message>
    <message>
        <source>Value kept:</source>
        <translation>القيمة المحتفظ بها:</translation>
    </message>
    <message>
        <source>Other value:</source>
        <translation>القيمة الأخرى:</translation>
    </message>
    <message>
        <source>Select a conflict to see both values.</source>
        <translation>حدِّد تعارضًا لرؤية القيمتين.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>كتبها %1</translation>
    </message>
    <message>
        <source>&amp;Restore the Record</source>
        <translation>ا&amp;ستعادة السجل</translation>
    </message>
    <message>
        <source>&amp;Delete It Too</source>
        <translation>ا&amp;حذفه أيضًا</translation>
    </message>
    <message>
        <source>Delete this record as its owner was deleted; the conflict leaves the list.</source>
        <translation>احذف هذا السجل كما حُذف مالكه؛ يخرج التعارض من القائمة.</translation>
    </message>
    <message>
        <source>&amp;Restore Its Owner</source>
        <translation>ا&amp;ستعد مالكه</translation>
    </message>
    <message>
        <source>The owner&apos;s details never reached this office: restore it where they are kept, or delete this record.</source>
        <translation>لم تصل تفاصيل المالك إلى هذا المكتب قط: استعده حيث تُحفظ، أو احذف هذا السجل.</translation>
    </message>
    <message>
        <source>Bring the deleted owner back as it was, as an edit of this office that partners receive with the next export. Edit ▸ Undo takes it back.</source>
        <translation>أعد المالك المحذوف كما كان، تعديلًا من هذا المكتب يصل إلى الشركاء مع التصدير القادم. تحرير ▸ تراجع يُلغيه.</translation>
    </message>
    <message>
        <source>First survivor:</source>
        <translation>الناجي الأول:</translation>
    </message>
    <message>
        <source>Second survivor:</source>
        <translation>الناجي الثاني:</translation>
    </message>
    <message>
        <source>code given by %1</source>
        <translation>أعطى الرمز: %1</translation>
    </message>
    <message>
        <source>New Code for the &amp;First</source>
        <translation>رمز جديد &amp;للأول</translation>
    </message>
    <message>
        <source>Give the first survivor the next code of this office; partners receive it with the next export. Edit ▸ Undo takes it back.</source>
        <translation>إعطاء الناجي الأول الرمز التالي لهذا المكتب؛ يتلقاه الشركاء مع التصدير التالي. تحرير ▸ تراجع يلغيه.</translation>
    </message>
    <message>
        <source>New Code for the &amp;Second</source>
        <translation>رمز جديد &amp;للثاني</translation>
    </message>
    <message>
        <source>Give the second survivor the next code of this office; partners receive it with the next export. Edit ▸ Undo takes it back.</source>
        <translation>إعطاء الناجي الثاني الرمز التالي لهذا المكتب؛ يتلقاه الشركاء مع التصدير التالي. تحرير ▸ تراجع يلغيه.</translation>
    </message>
</context>
<context>
    <name>tandem::Conflicts</name>
    <message>
        <source>there is no such conflict</source>
        <translation>لا يوجد تعارض كهذا</translation>
    </message>
    <message>
        <source>this conflict was already resolved</source>
        <translation>حُلَّ هذا التعارض بالفعل</translation>
    </message>
    <message>
        <source>the row is no longer deleted; edit it instead</source>
        <translation>لم يعد الصف محذوفًا؛ عدِّله بدلًا من ذلك</translation>
    </message>
    <message>
        <source>the %1 was deleted since; restore it before taking this value</source>
        <translation>حُذف %1 منذ ذلك الحين؛ استعِده قبل اعتماد هذه القيمة</translation>
    </message>
    <message>
        <source>this conflict is still open</source>
        <translation>هذا التعارض لا يزال مفتوحًا</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3 %4 was deleted</source>
        <translation>%1 الحقل «%2»: حُذف %3 %4</translation>
    </message>
    <message>
        <source>the office that stopped sharing this %1 withdrew it; it cannot be brought back here</source>
        <translation>المكتب الذي توقف عن مشاركة هذا %1 سحبه؛ لا يمكن استعادته هنا</translation>
    </message>
    <message>
        <source>the %1&apos;s details were deleted before they reached this office; restore it where they are kept, or delete this %2</source>
        <translation>حُذفت تفاصيل %1 قبل أن تصل إلى هذا المكتب؛ استعده حيث تُحفظ، أو احذف هذا %2</translation>
    </message>
</context>
<context>
    <name>tandem::Consent</name>
    <message>
        <source>a consent is given to one recipient: an office or an agency</source>
        <translation>تُمنح الموافقة لمتلقٍّ واحد: مكتب أو جهة</translation>
    </message>
    <message>
        <source>say when the consent was given</source>
        <translation>اذكر متى مُنحت الموافقة</translation>
    </message>
    <message>
        <source>the consent is dated %1, more than a day in the future (it is now %2)</source>
        <translation>الموافقة مؤرَّخة في %1، أي بعد الوقت الحالي بأكثر من يوم (الوقت الآن %2)</translation>
    </message>
    <message>
        <source>the consent expires (%1) before it is given (%2)</source>
        <translation>تنتهي صلاحية الموافقة (%1) قبل منحها (%2)</translation>
    </message>
    <message>
        <source>this consent was deleted</source>
        <translation>حُذفت هذه الموافقة</translation>
    </message>
    <message>
        <source>this consent was already withdrawn on %1</source>
        <translation>سُحبت هذه الموافقة بالفعل في %1</translation>
    </message>
    <message>
        <source>the withdrawal (%1) cannot be before the consent was given (%2)</source>
        <translation>لا يمكن أن يسبق السحب (%1) منح الموافقة (%2)</translation>
    </message>
    <message>
        <source>the withdrawal is dated %1, more than a day in the future (it is now %2)</source>
        <translation>السحب مؤرَّخ في %1، أي بعد الوقت الحالي بأكثر من يوم (الوقت الآن %2)</translation>
    </message>
</context>
<context>
    <name>tandem::ConsentModel</name>
    <message>
        <source>(an office not known here)</source>
        <translation>(مكتب غير معروف هنا)</translation>
    </message>
    <message>
        <source>(an agency not known here)</source>
        <translation>(جهة غير معروفة هنا)</translation>
    </message>
    <message>
        <source>(deleted office)</source>
        <translation>(مكتب محذوف)</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(جهة محذوفة)</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (مكتب)</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>تعذّرت قراءة الموافقات: %1</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>لم تسرِ بعد</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>مُنحت في</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>سُحبت في %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>سُحبت في %1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::ConsentPanel</name>
    <message>
        <source>Withdraw Consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Record Consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>How the consent was given (in writing, with an interpreter, ...)</source>
        <translation>كيف مُنحت الموافقة (كتابيًا، بحضور مترجم، ...)</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>تسجيل موافقة</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>لمن:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>ماذا:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>مُنحت في:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (مكتب)</translation>
    </message>
    <message>
        <source>The consent could not be withdrawn.</source>
        <translation>تعذّر سحب الموافقة.</translation>
    </message>
    <message>
        <source>The consent could not be recorded.</source>
        <translation>تعذّر تسجيل الموافقة.</translation>
    </message>
    <message>
        <source>Withdraw Consent…</source>
        <translation>سحب الموافقة…</translation>
    </message>
    <message>
        <source>Record that the survivor withdrew this consent, now, and why. Nothing it covered may be shared from now on.</source>
        <translation>تسجيل أن الناجي سحب هذه الموافقة الآن، وسبب ذلك. لا يجوز بعد الآن مشاركة أي شيء كانت تشمله.</translation>
    </message>
    <message>
        <source>Record that the survivor withdrew their consent to share “%1” with %2?</source>
        <translation>هل تريد تسجيل أن الناجي سحب موافقته على مشاركة «%1» مع %2؟</translation>
    </message>
    <message>
        <source>From now on nothing it covered is shared with them. The withdrawal is dated now and recorded with its reason.</source>
        <translation>من الآن فصاعدًا لا يُشارك معهم أي شيء كانت تشمله. يُؤرَّخ السحب بالوقت الحالي ويُسجَّل مع سببه.</translation>
    </message>
    <message>
        <source>&amp;Why it is withdrawn:</source>
        <translation>&amp;سبب السحب:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>تنتهي في</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardView</name>
    <message>
        <source>All trafficking types</source>
        <translation>جميع أنواع الاتجار بالبشر</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>جميع الجهات</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>الن&amp;وع</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <source>Operations count by the month they start, survivors by their rescue (T0), steps by their survivor&apos;s T0. Tips are counted by period only.</source>
        <translation>تُحسب العمليات حسب الشهر الذي تبدأ فيه، والناجون حسب إنقاذهم (T0)، والخطوات حسب T0 الخاص بناجيها. أما البلاغات فتُحسب حسب الفترة فقط.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>No figures: %1.</source>
        <translation>لا توجد أرقام: %1.</translation>
    </message>
    <message>
        <source>%1 to %2 · computed in %3 ms</source>
        <translation>%1 إلى %2 · حُسبت في %3 ملّي ثانية</translation>
    </message>
    <message>
        <source>Figures computed</source>
        <translation>الأشكال المحسوبة</translation>
    </message>
    <message>
        <source>%v of %m figures</source>
        <translation>%v من %m أشكال</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>جارٍ حساب الأشكال…</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · %4</source>
        <translation>من %1 إلى %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>نوع الاتجار</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>م&amp;ن</translation>
    </message>
</context>
<context>
    <name>tandem::DeferredIndexes</name>
    <message>
        <source>indexes are only put off inside a transaction</source>
        <translation>لا يُؤجَّل بناء الفهارس إلا داخل معاملة</translation>
    </message>
</context>
<context>
    <name>tandem::DetailSection</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>tandem::DirectoryView</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Search %1… (Ctrl+F)</source>
        <translation>البحث في %1… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>البحث في %1</translation>
    </message>
    <message>
        <source>A new entry (Ctrl+Shift+N or Insert)</source>
        <translation>إدخال جديد (Ctrl+Shift+N أو Insert)</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>حذف الإدخال المحدد (Delete)</translation>
    </message>
    <message>
        <source>Add the entry to the directory (Ctrl+Return)</source>
        <translation>إضافة الإدخال إلى الدليل (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select an entry to see and edit it, or make a new one.</source>
        <translation>حدِّد إدخالًا لعرضه وتحريره، أو أنشئ إدخالًا جديدًا.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>إدخال جديد</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>التراجع (Ctrl+Z) يعيده.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>حذف «%1» من الدليل؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 من %L2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>%L1 in the directory</source>
        <translation>في الدليل: %L1</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>It takes part in 1 operation, which will show it as a deleted agency. </source>
        <translation>تشارك في عملية واحدة، ستظهرها جهةً محذوفة. </translation>
    </message>
    <message numerus="yes">
        <source>It takes part in %n operations; they will show it as a deleted agency. </source>
        <translation>
            <numerusform>لا تشارك في أي عملية. </numerusform>
            <numerusform>تشارك في عملية واحدة، ستظهرها جهةً محذوفة. </numerusform>
            <numerusform>تشارك في عمليتين، ستظهرانها جهةً محذوفة. </numerusform>
            <numerusform>تشارك في %n عمليات، ستظهرها جهةً محذوفة. </numerusform>
            <numerusform>تشارك في %n عملية، ستظهرها جهةً محذوفة. </numerusform>
            <numerusform>تشارك في %n عملية، ستظهرها جهةً محذوفة. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Entity</name>
    <message>
        <source>the operation ends before it starts</source>
        <translation>العملية تنتهي قبل أن تبدأ</translation>
    </message>
    <message>
        <source>more minors are expected than survivors in all</source>
        <translation>عدد القاصرين المتوقَّع أكبر من إجمالي الناجين</translation>
    </message>
    <message>
        <source>a consent needs a recipient office or agency</source>
        <translation>تحتاج الموافقة إلى مكتب أو جهة متلقية</translation>
    </message>
    <message>
        <source>consent is withdrawn before it was given</source>
        <translation>سُحبت الموافقة قبل منحها</translation>
    </message>
    <message>
        <source>consent expires before it was given</source>
        <translation>تنتهي صلاحية الموافقة قبل منحها</translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation>الاجتماع ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <source>feedback is about exactly one operation or one meeting</source>
        <translation>تخص الملاحظات عملية واحدة بالضبط أو اجتماعًا واحدًا</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>التكليف</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>التكليفات</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>الناجي</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>الناجون</translation>
    </message>
    <message>
        <source>Survivor identity</source>
        <translation>هوية الناجي</translation>
    </message>
    <message>
        <source>Survivor identities</source>
        <translation>هويات الناجين</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>البروتوكولات</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>خطوة البروتوكول</translation>
    </message>
    <message>
        <source>Protocol steps</source>
        <translation>خطوات البروتوكول</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>خطوة قائمة التحقق</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>خطوات قائمة التحقق</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>بند عمل</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>بنود العمل</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>البلاغ</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>a referral&apos;s answer needs the service the survivor was referred to</source>
        <translation>يتطلب الرد على الإحالة الخدمة التي أُحيل إليها الناجي</translation>
    </message>
    <message>
        <source>a refused referral needs the reason the service gave</source>
        <translation>تتطلب الإحالة المرفوضة السبب الذي قدمته الخدمة</translation>
    </message>
    <message>
        <source>a reason is recorded only for a refused referral</source>
        <translation>لا يُسجَّل السبب إلا للإحالة المرفوضة</translation>
    </message>
    <message>
        <source>a referral has a time of answer but no answer</source>
        <translation>للإحالة وقت رد ولكن دون رد</translation>
    </message>
    <message>
        <source>the age band %1 and the minor box disagree</source>
        <translation>الفئة العمرية %1 لا تتفق مع خانة القاصر</translation>
    </message>
    <message>
        <source>the age band %1 makes the survivor a minor; to record an adult, change the age band</source>
        <translation>الفئة العمرية %1 تجعل الناجي قاصرًا؛ لتسجيل بالغ، غيّر الفئة العمرية</translation>
    </message>
    <message>
        <source>the age band %1 is an adult&apos;s; when the age is in doubt, choose the age band Unknown to record a presumed minor</source>
        <translation>الفئة العمرية %1 هي فئة بالغ؛ عند الشك في العمر، اختر الفئة العمرية «غير معروف» لتسجيل قاصر مفترض</translation>
    </message>
    <message>
        <source>a reason for withdrawal goes only with the date of withdrawal (withdrawn_at)</source>
        <translation>سبب السحب لا يُسجَّل إلا مع تاريخ السحب (withdrawn_at)</translation>
    </message>
    <message>
        <source>say why the consent is withdrawn (withdrawn_reason)</source>
        <translation>اذكر سبب سحب الموافقة (withdrawn_reason)</translation>
    </message>
    <message>
        <source>a reason for retiring goes only with a retired version</source>
        <translation>سبب الإيقاف لا يُسجَّل إلا مع نسخة موقوف العمل بها</translation>
    </message>
    <message>
        <source>say why this version is retired (retired_reason)</source>
        <translation>اذكر سبب إيقاف العمل بهذه النسخة (retired_reason)</translation>
    </message>
    <message>
        <source>a reason is recorded only for a step declined by the survivor or not applicable</source>
        <translation>لا يُسجَّل سبب إلا لخطوة رفضها الناجي أو غير منطبقة</translation>
    </message>
    <message>
        <source>say why the survivor declined this step (reason)</source>
        <translation>اذكر سبب رفض الناجي لهذه الخطوة (reason)</translation>
    </message>
    <message>
        <source>say why this step does not apply to the survivor (reason)</source>
        <translation>اذكر سبب عدم انطباق هذه الخطوة على الناجي (reason)</translation>
    </message>
    <message>
        <source>its action item &quot;%1&quot; is due (%2) before the new start (%3); move the action item first</source>
        <translation>بند العمل «%1» الخاص بها مستحق (%2) قبل البداية الجديدة (%3)؛ انقل بند العمل أولًا</translation>
    </message>
    <message>
        <source>the action item is due (%1) before its meeting starts (%2)</source>
        <translation>بند العمل مستحق (%1) قبل بدء اجتماعه (%2)</translation>
    </message>
    <message>
        <source>a tip needs what was reported: a place, an indicator or a description</source>
        <translation>يحتاج البلاغ إلى ما أُبلغ عنه: مكان أو مؤشر أو وصف</translation>
    </message>
    <message>
        <source>Change since approval</source>
        <translation>تغيير منذ الموافقة</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>التغييرات منذ الموافقة</translation>
    </message>
    <message>
        <source>the offices an office trusts follow from trusting partners (Exchange); they are not written by hand</source>
        <translation>المكاتب التي يثق بها مكتب ما تنتج عن الثقة بالشركاء (التبادل)؛ ولا تُكتب يدويًا</translation>
    </message>
    <message>
        <source>Sharing group</source>
        <translation>مجموعة مشاركة</translation>
    </message>
    <message>
        <source>Sharing groups</source>
        <translation>مجموعات المشاركة</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>استرجاعات</translation>
    </message>
    <message>
        <source>a recall is not changed once it is made</source>
        <translation>لا يُغيَّر الاسترجاع بعد إنشائه</translation>
    </message>
    <message>
        <source>a recall stays: it is what keeps an erased identity erased</source>
        <translation>يبقى الاسترجاع: فهو ما يُبقي الهوية الممحوّة ممحوّة</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>الأمر القضائي</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>الأوامر القضائية</translation>
    </message>
    <message>
        <source>a warrant expires after it is issued</source>
        <translation>تنتهي صلاحية الأمر القضائي بعد صدوره</translation>
    </message>
    <message>
        <source>Operation attachment</source>
        <translation>مرفق العملية</translation>
    </message>
    <message>
        <source>Operation attachments</source>
        <translation>مرفقات العمليات</translation>
    </message>
    <message>
        <source>Target attachment</source>
        <translation>مرفق الهدف</translation>
    </message>
    <message>
        <source>Target attachments</source>
        <translation>مرفقات الأهداف</translation>
    </message>
    <message>
        <source>Warrant scan</source>
        <translation>النسخة الممسوحة من الأمر القضائي</translation>
    </message>
    <message>
        <source>Warrant scans</source>
        <translation>النسخ الممسوحة من الأوامر القضائية</translation>
    </message>
    <message>
        <source>Survivor attachment</source>
        <translation>مرفق الناجي</translation>
    </message>
    <message>
        <source>Survivor attachments</source>
        <translation>مرفقات الناجين</translation>
    </message>
    <message>
        <source>Meeting attachment</source>
        <translation>مرفق الاجتماع</translation>
    </message>
    <message>
        <source>Meeting attachments</source>
        <translation>مرفقات الاجتماعات</translation>
    </message>
    <message>
        <source>Tip attachment</source>
        <translation>مرفق البلاغ</translation>
    </message>
    <message>
        <source>Tip attachments</source>
        <translation>مرفقات البلاغات</translation>
    </message>
</context>
<context>
    <name>tandem::Erasure</name>
    <message>
        <source>say which survivor (an id or a code)</source>
        <translation>حدِّد أيّ ناجٍ (مُعرِّف أو رمز)</translation>
    </message>
    <message>
        <source>no survivor %1 in this file</source>
        <translation>لا يوجد ناجٍ %1 في هذا الملف</translation>
    </message>
    <message>
        <source>two survivors have the code %1 (a clash for review): give the survivor&apos;s id</source>
        <translation>لناجيَين الرمز %1 نفسه (تعارض للمراجعة): أعطِ مُعرِّف الناجي</translation>
    </message>
    <message>
        <source>say why the identity is erased: a reason is kept with the erasure</source>
        <translation>اذكر سبب محو الهوية: يُحفَظ السبب مع المحو</translation>
    </message>
    <message>
        <source>the reason is too long (%1 characters; at most 500)</source>
        <translation>السبب طويل جدًا (%1 حرفًا؛ 500 على الأكثر)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of erasure</source>
        <translation>«%1» ليس نوعًا من المحو</translation>
    </message>
    <message>
        <source>survivor %1 has no identity recorded here: there is nothing to erase</source>
        <translation>لا هوية مسجّلة هنا للناجي %1: لا شيء للمحو</translation>
    </message>
    <message>
        <source>the identity of survivor %1 was already erased here (%2)</source>
        <translation>سبق محو هوية الناجي %1 هنا (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::Errors</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
</context>
<context>
    <name>tandem::Exchange</name>
    <message>
        <source>choose at least one partner office to export for</source>
        <translation>اختر مكتبًا شريكًا واحدًا على الأقل للتصدير إليه</translation>
    </message>
    <message>
        <source>not a trusted partner office</source>
        <translation>ليس مكتبًا شريكًا موثوقًا</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>cannot count identities</source>
        <translation>تعذّر عدّ الهويات</translation>
    </message>
    <message>
        <source>%1 rows (%2) to %3</source>
        <translation>الصفوف: %1 (%2) إلى %3</translation>
    </message>
    <message>
        <source>full</source>
        <translation>كامل</translation>
    </message>
    <message>
        <source>changes after %1</source>
        <translation>التغييرات بعد %1</translation>
    </message>
    <message>
        <source>cannot count conflicts</source>
        <translation>تعذر عدّ التعارضات</translation>
    </message>
    <message>
        <source>cannot count changes</source>
        <translation>تعذر عدّ التغييرات</translation>
    </message>
    <message>
        <source>bundle payload has no readable manifest: %1</source>
        <translation>حمولة الحزمة لا تحتوي على بيان مقروء: %1</translation>
    </message>
    <message>
        <source>bundle payload manifest lacks &quot;%1&quot;</source>
        <translation>بيان حمولة الحزمة يخلو من &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot check the payload</source>
        <translation>تعذّر التحقق من الحمولة</translation>
    </message>
    <message>
        <source>bundle payload is damaged: table &quot;%1&quot; has malformed rows</source>
        <translation>حمولة الحزمة تالفة: الجدول &quot;%1&quot; يحتوي على صفوف مشوّهة</translation>
    </message>
    <message>
        <source>bundle payload format %1 is not known to this version of Tandem</source>
        <translation>صيغة حمولة الحزمة %1 غير معروفة لهذا الإصدار من Tandem</translation>
    </message>
    <message>
        <source>bundle was made by a newer version of Tandem (schema %1; this version reads up to %2)</source>
        <translation>الحزمة منشأة بإصدار أحدث من Tandem (المخطط %1؛ وهذا الإصدار يقرأ حتى %2)</translation>
    </message>
    <message>
        <source>bundle payload names another sender than its envelope</source>
        <translation>حمولة الحزمة تذكر مرسِلًا غير المذكور في غلافها</translation>
    </message>
    <message>
        <source>bundle carries changes dated %1, more than a day ahead of this computer&apos;s clock (%2): the sender&apos;s clock is wrong; ask them to correct it and export again</source>
        <translation>الحزمة تحمل تغييرات مؤرَّخة في %1، أي بعد ساعة هذا الحاسوب (%2) بأكثر من يوم: ساعة المرسِل خاطئة؛ اطلب منه تصحيحها والتصدير مجددًا</translation>
    </message>
    <message>
        <source>before merge from %1</source>
        <translation>قبل الدمج من %1</translation>
    </message>
    <message>
        <source>cannot read the payload</source>
        <translation>تعذّرت قراءة الحمولة</translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation>أُلغي الدمج</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts from %5</source>
        <translation>جديد: %1، محدَّث: %2، محذوف: %3، تعارضات: %4، من %5</translation>
    </message>
    <message>
        <source>this office&apos;s changes are dated up to %1, more than a day ahead of this computer&apos;s clock (%2): partners would refuse the bundle. If the clock is right now, repair this office&apos;s clock first (tandem-cli repair-clock)</source>
        <translation>تغييرات هذا المكتب مؤرخة حتى %1، أي بأكثر من يوم قبل ساعة هذا الحاسوب (%2): سيرفض الشركاء الحزمة. إن كانت الساعة صحيحة الآن، فأصلح ساعة هذا المكتب أولًا (tandem-cli repair-clock)</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>حقل إلزامي فارغ</translation>
    </message>
    <message>
        <source>bundle refused: %1, field &quot;%2&quot;: %3</source>
        <translation>رُفضت الحزمة: %1، الحقل «%2»: %3</translation>
    </message>
    <message>
        <source>bundle refused: %1: %2</source>
        <translation>رُفضت الحزمة: %1: %2</translation>
    </message>
    <message>
        <source>bundle refused: it claims to have seen changes of this office dated %1, later than any change this office made</source>
        <translation>رُفضت الحزمة: تدّعي أنها رأت تغييرات لهذا المكتب بتاريخ %1، بعد أي تغيير أجراه هذا المكتب</translation>
    </message>
    <message>
        <source>bundle refused: it would change this office&apos;s own record (field &quot;%1&quot;), which only this office writes</source>
        <translation>رُفضت الحزمة: كانت ستغيّر سجل هذا المكتب نفسه (الحقل «%1»)، الذي لا يكتبه إلا هذا المكتب</translation>
    </message>
    <message>
        <source>bundle refused: %1, field &quot;%2&quot; carries a change in this office&apos;s name that this office never made</source>
        <translation>رُفضت الحزمة: %1، الحقل «%2» يحمل تغييرًا باسم هذا المكتب لم يُجره هذا المكتب قط</translation>
    </message>
    <message>
        <source>bundle refused: its acknowledgement of this office&apos;s changes is not a number</source>
        <translation>رُفضت الحزمة: إقرارها باستلام تغييرات هذا المكتب ليس رقمًا</translation>
    </message>
    <message>
        <source>bundle refused: %1 acknowledges this office&apos;s changes up to number %2, but only changes up to number %3 were ever sent to it</source>
        <translation>رُفضت الحزمة: يقرّ %1 باستلام تغييرات هذا المكتب حتى الرقم %2، لكن لم يُرسل إليه إلا التغييرات حتى الرقم %3</translation>
    </message>
    <message>
        <source>%1 records renewed: the clock had run ahead to %2</source>
        <translation>جُدّد %1 سجلًا: كانت الساعة قد تقدّمت حتى %2</translation>
    </message>
    <message>
        <source>a survivor&apos;s identity is due to go with this bundle, and only a lead&apos;s or liaison&apos;s passphrase opens it: ask a lead or liaison to export it</source>
        <translation>هوية أحد الناجين مستحقة الإرسال مع هذه الحزمة، ولا تفتحها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق تصديرها</translation>
    </message>
    <message numerus="yes">
        <source>%n survivors&apos; identities are due to go with this bundle, and only a lead&apos;s or liaison&apos;s passphrase opens them: ask a lead or liaison to export it</source>
        <translation>
            <numerusform>لا هويات ناجين (%n) مستحقة الإرسال مع هذه الحزمة، ولا تفتحها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق تصديرها</numerusform>
            <numerusform>هوية ناجٍ واحدة (%n) مستحقة الإرسال مع هذه الحزمة، ولا تفتحها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق تصديرها</numerusform>
            <numerusform>هويتا ناجيَين (%n) مستحقتا الإرسال مع هذه الحزمة، ولا تفتحهما إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق تصديرها</numerusform>
            <numerusform>%n هويات ناجين مستحقة الإرسال مع هذه الحزمة، ولا تفتحها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق تصديرها</numerusform>
            <numerusform>%n هوية ناجٍ مستحقة الإرسال مع هذه الحزمة، ولا تفتحها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق تصديرها</numerusform>
            <numerusform>%n هوية ناجٍ مستحقة الإرسال مع هذه الحزمة، ولا تفتحها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق تصديرها</numerusform>
        </translation>
    </message>
    <message>
        <source>this bundle carries a survivor&apos;s identity, and only a lead&apos;s or liaison&apos;s passphrase opens it to compare and keep it: ask a lead or liaison to merge it</source>
        <translation>تحمل هذه الحزمة هوية أحد الناجين، ولا تفتحها لمقارنتها وحفظها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق دمجها</translation>
    </message>
    <message numerus="yes">
        <source>this bundle carries %n survivors&apos; identities, and only a lead&apos;s or liaison&apos;s passphrase opens them to compare and keep them: ask a lead or liaison to merge it</source>
        <translation>
            <numerusform>لا تحمل هذه الحزمة هويات ناجين (%n)، ولا تفتحها لمقارنتها وحفظها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق دمجها</numerusform>
            <numerusform>تحمل هذه الحزمة هوية ناجٍ واحدة (%n)، ولا تفتحها لمقارنتها وحفظها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق دمجها</numerusform>
            <numerusform>تحمل هذه الحزمة هويتي ناجيَين (%n)، ولا تفتحهما لمقارنتهما وحفظهما إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق دمجها</numerusform>
            <numerusform>تحمل هذه الحزمة %n هويات ناجين، ولا تفتحها لمقارنتها وحفظها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق دمجها</numerusform>
            <numerusform>تحمل هذه الحزمة %n هوية ناجٍ، ولا تفتحها لمقارنتها وحفظها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق دمجها</numerusform>
            <numerusform>تحمل هذه الحزمة %n هوية ناجٍ، ولا تفتحها لمقارنتها وحفظها إلا عبارة مرور مسؤول أو منسق: اطلب من مسؤول أو منسق دمجها</numerusform>
        </translation>
    </message>
    <message>
        <source>the merge could not be recorded for an undo, so nothing was merged: %1</source>
        <translation>تعذّر تسجيل الدمج لإمكان التراجع عنه، لذا لم يُدمج شيء: %1</translation>
    </message>
    <message>
        <source>a bundle for this office&apos;s other machines is made for them alone, not with partner offices</source>
        <translation>الحزمة الموجهة إلى أجهزة هذا المكتب الأخرى تُعدّ لها وحدها، لا مع المكاتب الشريكة</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>تعذّرت قراءة المكاتب الشريكة</translation>
    </message>
    <message>
        <source>bundle payload manifest names no valid office for its sender</source>
        <translation>بيان حمولة الحزمة لا يذكر مكتبًا صالحًا لمرسِلها</translation>
    </message>
    <message>
        <source>bundle refused: %1 says this office issued it, and no machine of this office did</source>
        <translation>رُفضت الحزمة: يذكر %1 أن هذا المكتب أصدره، ولم يُصدره أي جهاز من أجهزة هذا المكتب</translation>
    </message>
    <message>
        <source>bundle carries a part of an attached file that is malformed (&quot;%1&quot;)</source>
        <translation>تحمل الحزمة جزءًا مشوّهًا من ملف مرفق («%1»)</translation>
    </message>
    <message>
        <source>%1 %2: a part of its file is neither in the bundle nor in this file (chunk %3); nothing was merged</source>
        <translation>%1 %2: جزء من ملفه ليس في الحزمة ولا في هذا الملف (القطعة %3)؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>a part of an attached file is missing from this file (chunk %1): run tandem-cli check</source>
        <translation>جزء من ملف مرفق مفقود من هذا الملف (القطعة %1): شغّل tandem-cli check</translation>
    </message>
    <message>
        <source>bundle carries a part of an attached file it does not list (chunk %1); nothing was merged</source>
        <translation>تحمل الحزمة جزءًا من ملف مرفق لا تذكره قائمتها (القطعة %1)؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>bundle lists a part of an attached file it does not carry (chunk %1); nothing was merged</source>
        <translation>تذكر الحزمة جزءًا من ملف مرفق لا تحمله (القطعة %1)؛ لم يُدمج شيء</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeController</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The office keys are unlocked.</source>
        <translation>مفاتيح المكتب مفتوحة.</translation>
    </message>
    <message>
        <source>The office keys are locked.</source>
        <translation>مفاتيح المكتب مقفلة.</translation>
    </message>
    <message>
        <source>The key card carries this office&apos;s public keys.</source>
        <translation>تحمل بطاقة المفتاح المفاتيح العامة لهذا المكتب.</translation>
    </message>
    <message>
        <source>The office keys could not be made.</source>
        <translation>تعذّر إنشاء مفاتيح المكتب.</translation>
    </message>
    <message>
        <source>The key card could not be made.</source>
        <translation>تعذّر إنشاء بطاقة المفتاح.</translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation>الوثوق بمكتب شريك</translation>
    </message>
    <message>
        <source>Tandem office cards (*.card);;All files (*)</source>
        <translation>بطاقات مكاتب Tandem (*.card);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The partner office was not trusted.</source>
        <translation>لم يُوثَق بالمكتب الشريك.</translation>
    </message>
    <message>
        <source>%1 is already trusted, with this same key card.</source>
        <translation>%1 موثوق به بالفعل، بنفس بطاقة المفتاح هذه.</translation>
    </message>
    <message>
        <source>%1 is now a trusted partner office.</source>
        <translation>أصبح %1 مكتبًا شريكًا موثوقًا.</translation>
    </message>
    <message>
        <source>The partner offices could not be read.</source>
        <translation>تعذّرت قراءة المكاتب الشريكة.</translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation>التصدير للشركاء</translation>
    </message>
    <message>
        <source>This office trusts no partner office yet.</source>
        <translation>لا يثق هذا المكتب بأي مكتب شريك بعد.</translation>
    </message>
    <message>
        <source>Ask a partner office for its key card and trust it with Exchange ▸ Trust a Partner Office, then export for it.</source>
        <translation>اطلب من مكتب شريك بطاقة مفتاحه وثِق به عبر تبادل ▸ الوثوق بمكتب شريك، ثم صدِّر له.</translation>
    </message>
    <message>
        <source>The bundle is signed with this office&apos;s key.</source>
        <translation>الحزمة موقَّعة بمفتاح هذا المكتب.</translation>
    </message>
    <message>
        <source>The bundle was not written.</source>
        <translation>لم تُكتب الحزمة.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>أُلغي التصدير؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>%L1 records for %2 written to the bundle.</source>
        <translation>كُتبت في الحزمة سجلات لـ %2 (عددها %L1).</translation>
    </message>
    <message>
        <source>%1 (%2). Give it to them on a USB stick, by e-mail or on a shared drive: only they can open it.</source>
        <translation>%1 (%2). سلِّمها إليهم على ذاكرة USB، أو بالبريد الإلكتروني، أو على محرك أقراص مشترك: لا يستطيع فتحها غيرهم.</translation>
    </message>
    <message>
        <source>Merge a Bundle</source>
        <translation>دمج حزمة</translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle);;All files (*)</source>
        <translation>حزم Tandem (*.bundle);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The bundle was not merged; nothing was changed.</source>
        <translation>لم تُدمَج الحزمة؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The bundle opens with this office&apos;s key.</source>
        <translation>تُفتح الحزمة بمفتاح هذا المكتب.</translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation>جارٍ فحص الحزمة ودمجها…</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>أُلغي الدمج؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>%1&apos;s new key is trusted; bundles signed with its old key are refused from now on.</source>
        <translation>صار المفتاح الجديد لـ %1 موثوقًا؛ تُرفض من الآن الحزم الموقّعة بمفتاحه القديم.</translation>
    </message>
    <message>
        <source>The partner office&apos;s trust was not revoked.</source>
        <translation>لم تُسحب الثقة من المكتب الشريك.</translation>
    </message>
    <message>
        <source>it is no longer a trusted partner office</source>
        <translation>لم يعد مكتبًا شريكًا موثوقًا</translation>
    </message>
    <message>
        <source>Untrust a Partner Office</source>
        <translation>سحب الثقة من مكتب شريك</translation>
    </message>
    <message>
        <source>Stop trusting %1?</source>
        <translation>هل تتوقف عن الثقة بـ %1؟</translation>
    </message>
    <message>
        <source>Bundles from %1 will be refused and no bundle will be made for it. Its records stay in this file. To exchange with it again, trust its key card again.</source>
        <translation>ستُرفض الحزم الواردة من %1 ولن تُعدّ له أي حزمة. تبقى سجلاته في هذا الملف. للتبادل معه مجددًا، ثق ببطاقة مفتاحه مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Untrust</source>
        <translation>ا&amp;سحب الثقة</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>لم يعد %1 موثوقًا.</translation>
    </message>
    <message>
        <source>The machines of this office could not be read.</source>
        <translation>تعذّرت قراءة أجهزة هذا المكتب.</translation>
    </message>
    <message>
        <source>%1 (a machine of this office)</source>
        <translation>%1 (جهاز من أجهزة هذا المكتب)</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeFolder</name>
    <message>
        <source>the exchange folder does not exist (is the share or the stick there?)</source>
        <translation>مجلد التبادل غير موجود (هل المشاركة أو ذاكرة USB موجودة؟)</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>هذا ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>the exchange folder cannot be written (read only, or the disk is full): %1</source>
        <translation>تعذّرت الكتابة في مجلد التبادل (للقراءة فقط أو القرص ممتلئ): %1</translation>
    </message>
    <message>
        <source>no bundle could be written for %1: %2</source>
        <translation>تعذّرت كتابة أي حزمة لـ %1: %2</translation>
    </message>
    <message>
        <source>the bundle for %1 could not be put in the folder</source>
        <translation>تعذّر وضع الحزمة الخاصة بـ %1 في المجلد</translation>
    </message>
    <message>
        <source>the exchange was cancelled: the bundles merged before stay merged, and the one being merged was left as it was for the next exchange</source>
        <translation>أُلغي التبادل: تبقى الحزم المدمجة قبله مدمجة، وتُركت الحزمة التي كان يجري دمجها كما هي للتبادل التالي</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>تعذّرت قراءة المكاتب الشريكة</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeView</name>
    <message>
        <source>Partner offices</source>
        <translation>المكاتب الشريكة</translation>
    </message>
    <message>
        <source>No partner office yet. Ask a partner for its key card, then trust it to exchange bundles with it.</source>
        <translation>لا يوجد مكتب شريك بعد. اطلب من شريك بطاقة مفتاحه، ثم ثِق به لتبادل الحزم معه.</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keep the value of %1 (%2)</source>
        <translation>إبقاء قيمة %1 (%2)</translation>
    </message>
    <message>
        <source>Take the other value of %1 (%2)</source>
        <translation>اعتماد القيمة الأخرى لـ %1 (%2)</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>تعذّر حل التعارض.</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>لا شيء للمراجعة</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>تعارض واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Untrust…</source>
        <translation>ا&amp;سحب الثقة…</translation>
    </message>
    <message>
        <source>Stop trusting the selected partner office: its bundles are refused</source>
        <translation>اسحب الثقة من المكتب الشريك المحدد: تُرفض حزمه</translation>
    </message>
    <message>
        <source>Delete %1 with its owner</source>
        <translation>احذف %1 مع مالكه</translation>
    </message>
    <message>
        <source>Restore the owner of %1</source>
        <translation>استعد مالك %1</translation>
    </message>
    <message>
        <source>The survivor could not be given a new code.</source>
        <translation>تعذّر إعطاء الناجي رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>New code %1 for survivor %2</source>
        <translation>رمز جديد %1 للناجي %2</translation>
    </message>
</context>
<context>
    <name>tandem::ExportDialog</name>
    <message>
        <source>Only what is &amp;new to them (incremental)</source>
        <translation>ما هو &amp;جديد بالنسبة إليهم فقط (تزايدي)</translation>
    </message>
    <message>
        <source>&amp;Everything (full)</source>
        <translation>&amp;كل شيء (كامل)</translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation>التصدير للشركاء</translation>
    </message>
    <message>
        <source>For which partner offices</source>
        <translation>لأي المكاتب الشريكة</translation>
    </message>
    <message>
        <source>Partner offices to export for</source>
        <translation>المكاتب الشريكة المراد التصدير لها</translation>
    </message>
    <message>
        <source>Fingerprint %1
Last export: %2</source>
        <translation>البصمة %1
آخر تصدير: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم يحدث بعد</translation>
    </message>
    <message>
        <source>A bundle for several offices holds only what all of them may see.</source>
        <translation>الحزمة الموجهة إلى عدة مكاتب لا تحمل إلا ما يحق لها جميعًا رؤيته.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Everything this office shares, also what they already have: for a partner that lost its file or missed a bundle.</source>
        <translation>كل ما يشاركه هذا المكتب، بما في ذلك ما لديهم بالفعل: لشريك فقد ملفه أو فاتته حزمة.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Bundle File</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle)</source>
        <translation>حزم Tandem (*.bundle)</translation>
    </message>
    <message>
        <source>for-%1-%2.bundle</source>
        <translation>for-%1-%2.bundle</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 موجود بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>tandem::Field</name>
    <message>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>مفتاح التشفير</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>مسؤول الاتصال</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>الاسم الرمزي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>نوع الاتجار</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>الجهة القائدة</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Briefing time</source>
        <translation>موعد الإحاطة</translation>
    </message>
    <message>
        <source>Briefing place</source>
        <translation>مكان الإحاطة</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <source>Legal authority (warrants)</source>
        <translation>السند القانوني (الأوامر القضائية)</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>مستوى الخطورة</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>مصادر الخطر</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>تدابير التخفيف</translation>
    </message>
    <message>
        <source>Communications plan</source>
        <translation>خطة الاتصالات</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>خطة الطوارئ</translation>
    </message>
    <message>
        <source>Medical plan</source>
        <translation>الخطة الطبية</translation>
    </message>
    <message>
        <source>Nearest hospital</source>
        <translation>أقرب مستشفى</translation>
    </message>
    <message>
        <source>Expected survivors</source>
        <translation>الناجون المتوقعون</translation>
    </message>
    <message>
        <source>Expected minors</source>
        <translation>القاصرون المتوقعون</translation>
    </message>
    <message>
        <source>Expected languages</source>
        <translation>اللغات المتوقعة</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>الاحتياجات الخاصة</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>نقاط الدخول</translation>
    </message>
    <message>
        <source>Occupants expected</source>
        <translation>الشاغلون المتوقعون</translation>
    </message>
    <message>
        <source>Assigned team</source>
        <translation>الفريق المكلَّف</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>قائد الفريق</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translation>مكان الحضور</translation>
    </message>
    <message>
        <source>Reporting time</source>
        <translation>موعد الحضور</translation>
    </message>
    <message>
        <source>Radio channel</source>
        <translation>قناة اللاسلكي</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تأكيد الاستلام</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Recovered at</source>
        <translation>مكان الإنقاذ</translation>
    </message>
    <message>
        <source>Rescue time (T0)</source>
        <translation>وقت الإنقاذ (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>قاصر</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>أجنبي الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Sexual violence reported</source>
        <translation>أُبلغ عن عنف جنسي</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>الناجي</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Recipient office</source>
        <translation>المكتب المستلم</translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation>الجهة المستلمة</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>مُنحت في</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة التالية</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>راجعه</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>دور المسؤول</translation>
    </message>
    <message>
        <source>Due relative to</source>
        <translation>الاستحقاق نسبةً إلى</translation>
    </message>
    <message>
        <source>Due offset (minutes)</source>
        <translation>إزاحة الاستحقاق (بالدقائق)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>إلزامية</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>تنطبق على</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>خطوة البروتوكول</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>أنجزها</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>وقت الإنجاز</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Accepts minors</source>
        <translation>تقبل القاصرين</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>المنظِّم</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Source (protected)</source>
        <translation>المصدر (محمي)</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Linked operation</source>
        <translation>العملية المرتبطة</translation>
    </message>
    <message>
        <source>Planning (1–5)</source>
        <translation>التخطيط (⁦1–5⁩)</translation>
    </message>
    <message>
        <source>Communication (1–5)</source>
        <translation>التواصل (⁦1–5⁩)</translation>
    </message>
    <message>
        <source>Victim care (1–5)</source>
        <translation>رعاية الضحايا (⁦1–5⁩)</translation>
    </message>
    <message>
        <source>Safety (1–5)</source>
        <translation>السلامة (⁦1–5⁩)</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>ما نجح</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>ما ينبغي تغييره</translation>
    </message>
    <message>
        <source>Referral answer</source>
        <translation>الرد على الإحالة</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>نتيجة الإحالة</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>درس مستفاد</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>سبب السحب</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>سبب الإيقاف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>غيّره</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تاريخ التغيير</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Sharing group</source>
        <translation>مجموعة مشاركة</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>شاركه</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>يثق بـ</translation>
    </message>
    <message>
        <source>Member offices</source>
        <translation>المكاتب الأعضاء</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>Code words</source>
        <translation>كلمات السر</translation>
    </message>
    <message>
        <source>Need-to-know roles</source>
        <translation>الأدوار التي تحتاج إلى المعرفة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صدر في</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>صادر عن</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>أرفقه</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>أُرفق في</translation>
    </message>
    <message>
        <source>Needs a warrant</source>
        <translation>يتطلب أمرًا قضائيًا</translation>
    </message>
    <message>
        <source>Warrant number</source>
        <translation>رقم الأمر القضائي</translation>
    </message>
    <message>
        <source>Issuing court</source>
        <translation>المحكمة المُصدِرة</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>القاضي</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>الأهداف المشمولة</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>الأمر القضائي</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>البلاغ</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>%1 takes at most %L2 characters; the text would have had %L3, so it was not taken.</source>
        <translation>يقبل الحقل %1 ما لا يزيد على %L2 من الأحرف؛ وكان النص سيبلغ %L3، لذا لم يُقبل.</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>%1 is a whole number from %L2 to %L3; “%4” was not taken.</source>
        <translation>%1 عدد صحيح من %L2 إلى %L3؛ لم تُقبل القيمة «%4».</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>One of this office&apos;s people</source>
        <translation>أحد أفراد هذا المكتب</translation>
    </message>
    <message>
        <source>A group of another office</source>
        <translation>مجموعة لمكتب آخر</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>المجموعة: %1</translation>
    </message>
    <message>
        <source>Never leaves this office</source>
        <translation>لا يغادر هذا المكتب أبدًا</translation>
    </message>
    <message>
        <source>Goes to the offices that the office it comes from trusts</source>
        <translation>يذهب إلى المكاتب التي يثق بها المكتب الذي جاء منه</translation>
    </message>
    <message>
        <source>Goes to every office, relayed onward</source>
        <translation>يذهب إلى كل المكاتب، ويُمرَّر من مكتب إلى آخر</translation>
    </message>
    <message>
        <source>Goes to the group&apos;s member offices only</source>
        <translation>يذهب إلى المكاتب الأعضاء في المجموعة فقط</translation>
    </message>
    <message>
        <source>(deleted %1)</source>
        <translation>(%1 المحذوف)</translation>
    </message>
</context>
<context>
    <name>tandem::FieldMessage</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>tandem::FieldsPage</name>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
</context>
<context>
    <name>tandem::FigureModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>tandem::FigurePanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>حفظ المخطط بصيغة PNG…</translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation>حفظ الجدول بصيغة CSV…</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>تعذّر حفظ المخطط.</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>تعذّرت كتابة الصورة</translation>
    </message>
    <message>
        <source>The table could not be saved.</source>
        <translation>تعذّر حفظ الجدول.</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>حفظ المخطط بصيغة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Table as CSV</source>
        <translation>حفظ الجدول بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tandem::FileSafetyController</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes.</source>
        <translation>لا يمكن فتح %1 لإجراء تغييرات.</translation>
    </message>
    <message>
        <source>%1

%2

You can open it read-only: you can read it and save a copy of it, but not change it.</source>
        <translation>%1

%2

يمكنك فتحه للقراءة فقط: يمكنك قراءته وحفظ نسخة منه، لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>فتح &amp;للقراءة فقط</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation>ملفات Tandem (*.tandem)</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>لم تُحفظ النسخة.</translation>
    </message>
    <message>
        <source>this is the open file itself; choose another name</source>
        <translation>هذا هو الملف المفتوح نفسه؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>جارٍ نسخ %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The copy was cancelled; no file was written.</source>
        <translation>أُلغي النسخ؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>saved a copy to %1</source>
        <translation>حُفظت نسخة في %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1 (%2).</source>
        <translation>حُفظت نسخة باسم %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>لم تُستعَد النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet.</source>
        <translation>لا توجد نسخة احتياطية من %1 بعد.</translation>
    </message>
    <message>
        <source>Everything written to %1 since %2 is lost from it: %L3 changes to records (edits made here and records merged from partners), %L4 entries of the audit trail, and the undo history.</source>
        <translation>سيُفقد من %1 كل ما كُتب فيه منذ %2: التغييرات على السجلات (تعديلات أُجريت هنا وسجلات دُمجت من الشركاء) وعددها %L3، وإدخالات سجل التدقيق وعددها %L4، ومحفوظات التراجع.</translation>
    </message>
    <message>
        <source>Nothing was written to %1 since %2: the file will be as it is now.</source>
        <translation>لم يُكتب أي شيء في %1 منذ %2: سيبقى الملف كما هو الآن.</translation>
    </message>
    <message>
        <source>Restore %1 as it was on %2?</source>
        <translation>استعادة %1 كما كان في %2؟</translation>
    </message>
    <message>
        <source>The file as it is now is kept as a backup first (“before restore”), so you can go back to it from this same list.</source>
        <translation>يُحتفظ أولًا بالملف بحالته الحالية نسخةً احتياطية («قبل الاستعادة»)، لتتمكن من العودة إليه من هذه القائمة نفسها.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>restored the backup of %1 (%2)</source>
        <translation>استُعيدت النسخة الاحتياطية لـ %1 (%2)</translation>
    </message>
    <message>
        <source>Restored %1 as it was on %2. The file as it was before is kept as a backup.</source>
        <translation>استُعيد %1 كما كان في %2. يُحتفظ بالملف كما كان من قبل نسخةً احتياطية.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>أُخذت نسخة احتياطية في %1.</translation>
    </message>
    <message>
        <source>The routine backup was not made: %1</source>
        <translation>لم تُؤخذ النسخة الاحتياطية الدورية: %1</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>عند الإغلاق</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>عند الفتح</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>جارٍ النسخ الاحتياطي لـ %1…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>The backup was cancelled; none was made.</source>
        <translation>أُلغي النسخ الاحتياطي؛ لم تُؤخذ أي نسخة.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>لم تُؤخذ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Restore from Backup lists it.</source>
        <translation>أُخذت نسخة احتياطية في %1 (%2). تظهر في «الاستعادة من نسخة احتياطية».</translation>
    </message>
    <message>
        <source>The records it changed go back to how they were before it, and the records it added are removed; the other records keep what was done to them since. Partners send what it merged again at the next exchange.</source>
        <translation>تعود السجلات التي غيّرها إلى ما كانت عليه قبله، وتُحذف السجلات التي أضافها؛ وتحتفظ السجلات الأخرى بما أُجري عليها منذ ذلك الحين. يرسل الشركاء ما دمجه مرة أخرى في التبادل التالي.</translation>
    </message>
    <message>
        <source>Undo the change of %1 (“%2”)?</source>
        <translation>هل تريد التراجع عن تغيير %1 (”%2“)؟</translation>
    </message>
    <message>
        <source>The undo is itself kept in this list, so you can bring the change back.</source>
        <translation>يُحفظ التراجع نفسه في هذه القائمة، فيمكنك إعادة التغيير.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>لم يُتراجع عن شيء.</translation>
    </message>
    <message>
        <source>Undone: %1 records put back as they were, %2 removed.</source>
        <translation>تم التراجع: أُعيد %1 سجلًا إلى ما كان عليه، وحُذف %2.</translation>
    </message>
    <message>
        <source>Tandem keeps an undo of every merge of a bundle, and copies the file when it is opened (once a day) and closed after changes, and with File ▸ Back Up Now, in the folder %1.</source>
        <translation>يحتفظ Tandem بما يلزم للتراجع عن كل دمج لحزمة، وينسخ الملف عند فتحه (مرة في اليوم) وعند إغلاقه بعد تغييرات وعبر ملف ▸ نسخ احتياطي الآن، في المجلد %1.</translation>
    </message>
    <message>
        <source>The later change kept in this list is undone first.</source>
        <translation>يُلغى أولًا التغيير اللاحق المحفوظ في هذه القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n later changes kept in this list are undone first.</source>
        <translation>
            <numerusform>لا تغييرات لاحقة تُلغى أولًا.</numerusform>
            <numerusform>يُلغى أولًا تغيير لاحق واحد محفوظ في هذه القائمة.</numerusform>
            <numerusform>يُلغى أولًا تغييران لاحقان محفوظان في هذه القائمة.</numerusform>
            <numerusform>تُلغى أولًا %n تغييرات لاحقة محفوظة في هذه القائمة.</numerusform>
            <numerusform>يُلغى أولًا %n تغييرًا لاحقًا محفوظًا في هذه القائمة.</numerusform>
            <numerusform>يُلغى أولًا %n تغيير لاحق محفوظ في هذه القائمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
</context>
<context>
    <name>tandem::FolderExchange</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>1 bundle merged</source>
        <translation>دُمجت حزمة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles merged</source>
        <translation>
            <numerusform>لم تُدمج أي حزمة</numerusform>
            <numerusform>دُمجت حزمة واحدة</numerusform>
            <numerusform>دُمجت حزمتان</numerusform>
            <numerusform>دُمجت %n حزم</numerusform>
            <numerusform>دُمجت %n حزمة</numerusform>
            <numerusform>دُمجت %n حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle written</source>
        <translation>كُتبت حزمة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles written</source>
        <translation>
            <numerusform>لم تُكتب أي حزمة</numerusform>
            <numerusform>كُتبت حزمة واحدة</numerusform>
            <numerusform>كُتبت حزمتان</numerusform>
            <numerusform>كُتبت %n حزم</numerusform>
            <numerusform>كُتبت %n حزمة</numerusform>
            <numerusform>كُتبت %n حزمة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle set aside</source>
        <translation>نُحّيت حزمة واحدة جانبًا</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles set aside</source>
        <translation>
            <numerusform>لم تُنحَّ أي حزمة</numerusform>
            <numerusform>نُحّيت حزمة واحدة جانبًا</numerusform>
            <numerusform>نُحّيت حزمتان جانبًا</numerusform>
            <numerusform>نُحّيت %n حزم جانبًا</numerusform>
            <numerusform>نُحّيت %n حزمة جانبًا</numerusform>
            <numerusform>نُحّيت %n حزمة جانبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle still arriving</source>
        <translation>حزمة واحدة ما زالت تصل</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles still arriving</source>
        <translation>
            <numerusform>لا حزم ما زالت تصل</numerusform>
            <numerusform>حزمة واحدة ما زالت تصل</numerusform>
            <numerusform>حزمتان ما زالتا تصلان</numerusform>
            <numerusform>%n حزم ما زالت تصل</numerusform>
            <numerusform>%n حزمة ما زالت تصل</numerusform>
            <numerusform>%n حزمة ما زالت تصل</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <source>Exchange Folder</source>
        <translation>مجلد التبادل</translation>
    </message>
    <message>
        <source>Point Tandem at a folder that a sync engine keeps in step with your partners (Syncthing, a Nextcloud or network share, or a USB stick carried by hand). Tandem writes each trusted partner&apos;s changes there as sealed bundles and merges the ones addressed to this office, on its own while the office keys are unlocked.</source>
        <translation>وجّه Tandem إلى مجلد يبقيه محرك مزامنة متطابقًا مع شركائك (Syncthing أو مشاركة Nextcloud أو مشاركة شبكية أو ذاكرة USB تُحمل باليد). يكتب Tandem فيه تغييرات كل شريك موثوق في حزم مختومة، ويدمج الحزم الموجهة إلى هذا المكتب، تلقائيًا ما دامت مفاتيح المكتب مفتوحة.</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>مجلد التبادل</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Stop Using It</source>
        <translation>التوقف عن ا&amp;ستخدامه</translation>
    </message>
    <message>
        <source>&amp;Exchange Now</source>
        <translation>ت&amp;بادل الآن</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Last written for it</source>
        <translation>آخر ما كُتب له</translation>
    </message>
    <message>
        <source>Last merged from it</source>
        <translation>آخر ما دُمج منه</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>أين وصل</translation>
    </message>
    <message>
        <source>Set aside (bundles that could not be merged)</source>
        <translation>المنحّاة جانبًا (حزم تعذّر دمجها)</translation>
    </message>
    <message>
        <source>Bundles set aside</source>
        <translation>الحزم المنحّاة جانبًا</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>نُحّيت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Choose the Exchange Folder</source>
        <translation>اختيار مجلد التبادل</translation>
    </message>
    <message>
        <source>The folder was not chosen.</source>
        <translation>لم يُختر المجلد.</translation>
    </message>
    <message>
        <source>The folder is still in use.</source>
        <translation>ما زال المجلد قيد الاستخدام.</translation>
    </message>
    <message>
        <source>None: bundles are exchanged by hand</source>
        <translation>لا شيء: تُتبادل الحزم يدويًا</translation>
    </message>
    <message>
        <source>Choose a folder to exchange through it.</source>
        <translation>اختر مجلدًا للتبادل عبره.</translation>
    </message>
    <message>
        <source>The last exchange failed (%1): %2</source>
        <translation>فشل آخر تبادل (%1): %2</translation>
    </message>
    <message>
        <source>Last exchange %1: %2.</source>
        <translation>آخر تبادل %1: %2.</translation>
    </message>
    <message>
        <source>No exchange yet in this session: it starts once the office keys are unlocked (Exchange Now).</source>
        <translation>لا تبادل بعد في هذه الجلسة: يبدأ حين تُفتح مفاتيح المكتب (تبادل الآن).</translation>
    </message>
    <message>
        <source>A bundle waits for it in the folder</source>
        <translation>حزمة تنتظره في المجلد</translation>
    </message>
    <message>
        <source>It has merged everything written for it</source>
        <translation>دمج كل ما كُتب له</translation>
    </message>
    <message>
        <source>Nothing written for it yet</source>
        <translation>لم يُكتب له شيء بعد</translation>
    </message>
    <message>
        <source>changes here since the last bundle</source>
        <translation>تغييرات هنا منذ آخر حزمة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>An office not trusted</source>
        <translation>مكتب غير موثوق</translation>
    </message>
    <message>
        <source>this is not a folder</source>
        <translation>هذا ليس مجلدًا</translation>
    </message>
    <message>
        <source>Exchanging through the folder needs this office&apos;s key.</source>
        <translation>يحتاج التبادل عبر المجلد إلى مفتاح هذا المكتب.</translation>
    </message>
    <message>
        <source>Nothing was exchanged.</source>
        <translation>لم يُتبادل شيء.</translation>
    </message>
    <message>
        <source>The exchange folder could not be used: %1</source>
        <translation>تعذّر استخدام مجلد التبادل: %1</translation>
    </message>
    <message>
        <source>Exchange folder: %1.</source>
        <translation>مجلد التبادل: %1.</translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation>جارٍ التبادل عبر المجلد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Warning: the folder holds bundles under this office&apos;s name that this file did not write (%1). Is a copy of this file exchanging through the same folder? Another machine of the office needs a seat of its own.</source>
        <translation>تنبيه: في المجلد حزم باسم هذا المكتب لم يكتبها هذا الملف (%1). هل تتبادل نسخة من هذا الملف عبر المجلد نفسه؟ يحتاج جهاز آخر للمكتب إلى مقعد خاص به.</translation>
    </message>
    <message>
        <source>Exchange folder: bundles under this office&apos;s name that this file did not write are in the folder (Exchange ▸ Exchange Folder… says which).</source>
        <translation>مجلد التبادل: في المجلد حزم باسم هذا المكتب لم يكتبها هذا الملف (تبادل ▸ مجلد التبادل… يبيّنها).</translation>
    </message>
    <message>
        <source>1 bundle left for a lead or a liaison (it carries identities)</source>
        <translation>تُركت حزمة واحدة لمسؤول أو منسق (تحمل هويات)</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles left for a lead or a liaison (they carry identities)</source>
        <translation>
            <numerusform>لم تُترك أي حزمة (%n) لمسؤول أو منسق</numerusform>
            <numerusform>تُركت حزمة واحدة (%n) لمسؤول أو منسق (تحمل هويات)</numerusform>
            <numerusform>تُركت حزمتان (%n) لمسؤول أو منسق (تحملان هويات)</numerusform>
            <numerusform>تُركت %n حزم لمسؤول أو منسق (تحمل هويات)</numerusform>
            <numerusform>تُركت %n حزمة لمسؤول أو منسق (تحمل هويات)</numerusform>
            <numerusform>تُركت %n حزمة لمسؤول أو منسق (تحمل هويات)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (a machine of this office)</source>
        <translation>%1 (جهاز من أجهزة هذا المكتب)</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpModel</name>
    <message>
        <source>Meeting: %1</source>
        <translation>الاجتماع: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>العملية: %1</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>مراجعة «%1»</translation>
    </message>
    <message>
        <source>Protocol, version %1</source>
        <translation>البروتوكول، الإصدار %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>آخر مرة: %1</translation>
    </message>
    <message>
        <source>What is owed between operations could not be read: %1</source>
        <translation>تعذّرت قراءة ما هو مستحق بين العمليات: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>أُنجز: %1</translation>
    </message>
    <message>
        <source>“%1” could not be marked done: %2</source>
        <translation>تعذّر تعليم «%1» كمنجز: %2</translation>
    </message>
    <message>
        <source>Action item: tick it when it is done</source>
        <translation>بند عمل: أشِّر عليه عند إنجازه</translation>
    </message>
    <message>
        <source>Operation task: tick it when it is done</source>
        <translation>مهمة عملية: أشِّر عليها عند إنجازها</translation>
    </message>
    <message>
        <source>Protocol review: open the protocol (double-click) and save the review</source>
        <translation>مراجعة بروتوكول: افتح البروتوكول (بالنقر المزدوج) واحفظ المراجعة</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>متأخر بـ %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation>التأخير / المتبقي</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Erase the identity of %1</source>
        <translation>امحُ هوية %1</translation>
    </message>
    <message>
        <source>Kept past the retention period: open the survivor (double-click) and erase the identity</source>
        <translation>محفوظة بعد انقضاء مدة الاحتفاظ: افتح الناجي (نقر مزدوج) وامحُ الهوية</translation>
    </message>
    <message>
        <source>Action item, task, review or erasure</source>
        <translation>بند عمل أو مهمة أو مراجعة أو محو</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1، أُغلقت في %2</translation>
    </message>
    <message>
        <source>Warrant %1 is issued after the operation starts</source>
        <translation>يصدر الأمر القضائي %1 بعد بدء العملية</translation>
    </message>
    <message>
        <source>Warrant %1 expires before the operation starts</source>
        <translation>تنتهي صلاحية الأمر القضائي %1 قبل بدء العملية</translation>
    </message>
    <message>
        <source>Due when the operation starts: open the operation (double-click) and add a warrant valid then</source>
        <translation>مستحق عند بدء العملية: افتح العملية (نقر مزدوج) وأضف أمرًا قضائيًا ساريًا حينها</translation>
    </message>
</context>
<context>
    <name>tandem::FormMessage</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>tandem::Groups</name>
    <message>
        <source>a sharing group needs a name</source>
        <translation>تحتاج مجموعة المشاركة إلى اسم</translation>
    </message>
    <message>
        <source>there is already a sharing group named &quot;%1&quot;</source>
        <translation>توجد بالفعل مجموعة مشاركة باسم &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no office with id %1 in the directory</source>
        <translation>لا يوجد مكتب بالمعرّف %1 في الدليل</translation>
    </message>
    <message>
        <source>there is no office named &quot;%1&quot; in the directory</source>
        <translation>لا يوجد مكتب باسم &quot;%1&quot; في الدليل</translation>
    </message>
    <message>
        <source>%1 offices are named &quot;%2&quot;: give the office&apos;s id</source>
        <translation>%1 مكاتب تحمل الاسم &quot;%2&quot;: أعطِ معرّف المكتب</translation>
    </message>
</context>
<context>
    <name>tandem::HelpWindow</name>
    <message>
        <source>Tandem Guide</source>
        <translation>دليل Tandem</translation>
    </message>
</context>
<context>
    <name>tandem::IdentityController</name>
    <message>
        <source>Survivors&apos; identifying details can be read while the office keys are unlocked. Click to lock them now.</source>
        <translation>يمكن قراءة البيانات التعريفية للناجين ما دامت مفاتيح المكتب مفتوحة. انقر لقفلها الآن.</translation>
    </message>
    <message>
        <source>Office keys unlocked; click to lock</source>
        <translation>مفاتيح المكتب مفتوحة؛ انقر للقفل</translation>
    </message>
    <message>
        <source>Survivors&apos; identities are unlocked until the keys go unused for %1 minutes.</source>
        <translation>تبقى هويات الناجين مفتوحة إلى أن تمضي %1 دقيقة دون استخدام المفاتيح.</translation>
    </message>
    <message>
        <source>Survivors&apos; identities were not unlocked.</source>
        <translation>لم تُفتح هويات الناجين.</translation>
    </message>
    <message>
        <source>the file is open read-only, and every unlock of the office keys is written to its audit log; open it for changes to read identifying details</source>
        <translation>الملف مفتوح للقراءة فقط، وكل فتح لقفل مفاتيح المكتب يُكتب في سجل التدقيق الخاص به؛ افتحه بوضع التعديل لتتمكن من قراءة البيانات التعريفية</translation>
    </message>
    <message>
        <source>To read survivors&apos; identifying details, sealed in the file.</source>
        <translation>لقراءة البيانات التعريفية للناجين، المختومة في الملف.</translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation>الملف مفتوح للقراءة فقط: لا يمكن تغيير أي شيء</translation>
    </message>
    <message>
        <source>this file has no office keys yet; Tandem makes them, with the passphrase you choose then, at the first export, merge or unlock</source>
        <translation>ليست لهذا الملف مفاتيح مكتب بعد؛ ينشئها Tandem، بعبارة المرور التي تختارها حينها، عند أول تصدير أو دمج أو فتح قفل</translation>
    </message>
    <message>
        <source>wrapped with a new passphrase</source>
        <translation>غُلِّفت بعبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Identities unlocked — locks in under a minute</source>
        <translation>الهويات مفتوحة — تُقفل خلال أقل من دقيقة</translation>
    </message>
    <message>
        <source>Identities unlocked — locks in %1 min</source>
        <translation>الهويات مفتوحة — تُقفل خلال %1 دقيقة</translation>
    </message>
    <message>
        <source>Not in a file open read-only: every unlock is written to the file&apos;s audit log</source>
        <translation>غير متاح في ملف مفتوح للقراءة فقط: كل فتح للقفل يُكتب في سجل تدقيق الملف</translation>
    </message>
    <message>
        <source>%1 may not read survivors&apos; identities: only a lead or a liaison can</source>
        <translation>لا يحق لـ %1 قراءة هويات الناجين: لا يستطيع ذلك إلا مسؤول أو منسق</translation>
    </message>
    <message>
        <source>Your passphrase was not changed.</source>
        <translation>لم تُغيَّر عبارة مرورك.</translation>
    </message>
    <message>
        <source>Change Your Passphrase</source>
        <translation>تغيير عبارة مرورك</translation>
    </message>
    <message>
        <source>Enter your current passphrase first.</source>
        <translation>أدخل أولًا عبارة مرورك الحالية.</translation>
    </message>
    <message>
        <source>Choose your new passphrase. Your key slot is wrapped again with it; no record changes, the other people of the office keep theirs, and partners need not be told (the key card stays the same).</source>
        <translation>اختر عبارة مرورك الجديدة. تُغلَّف بها خانة مفاتيحك من جديد؛ لا يتغير أي سجل، ويحتفظ باقي أفراد المكتب بعباراتهم، ولا حاجة لإبلاغ الشركاء (تبقى بطاقة المفاتيح كما هي).</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>خانة المفاتيح</translation>
    </message>
    <message>
        <source>Your passphrase was changed; the old one no longer opens the keys.</source>
        <translation>غُيِّرت عبارة مرورك؛ لم تعد القديمة تفتح المفاتيح.</translation>
    </message>
    <message>
        <source>Enter your passphrase to read survivors&apos; identifying details</source>
        <translation>أدخل عبارة مرورك لقراءة البيانات التعريفية للناجين</translation>
    </message>
    <message>
        <source>the file is open read-only</source>
        <translation>الملف مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>Where new records go was not changed.</source>
        <translation>لم يتغيّر مكان ذهاب السجلات الجديدة.</translation>
    </message>
    <message>
        <source>How long identities are kept was not changed.</source>
        <translation>لم تتغيّر مدة الاحتفاظ بالهويات.</translation>
    </message>
    <message>
        <source>The largest attached file was not changed.</source>
        <translation>لم يتغيّر أكبر حجم للملفات المرفقة.</translation>
    </message>
</context>
<context>
    <name>tandem::IdentityPanel</name>
    <message>
        <source>Reveal Identity</source>
        <translation>إظهار الهوية</translation>
    </message>
    <message>
        <source>Save Identity</source>
        <translation>حفظ الهوية</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Identifying details: office only</source>
        <translation>البيانات التعريفية: هذا المكتب فقط</translation>
    </message>
    <message>
        <source>These details stay in this office. They are shared with a partner office only while the survivor&apos;s consent for their identity covers it, and never appear in lists, reports or the Today view. Reveal them only when you need them; they are hidden again when you move on.</source>
        <translation>تبقى هذه البيانات في هذا المكتب. ولا تُشارَك مع مكتب شريك إلا ما دامت موافقة الناجي على مشاركة هويته تشمل ذلك، ولا تظهر أبدًا في القوائم أو التقارير أو عرض «اليوم». لا تُظهرها إلا عند الحاجة إليها؛ فهي تُخفى مجددًا عند انتقالك إلى غيرها.</translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>مخفية.</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>The identity could not be read.</source>
        <translation>تعذّرت قراءة الهوية.</translation>
    </message>
    <message>
        <source>Add identity</source>
        <translation>إضافة الهوية</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>تحرير الهوية</translation>
    </message>
    <message>
        <source>The identity could not be saved.</source>
        <translation>تعذّر حفظ الهوية.</translation>
    </message>
    <message>
        <source>shown in the survivor&apos;s pane</source>
        <translation>عُرضت في لوحة الناجي</translation>
    </message>
    <message>
        <source>The identity is not shown: its showing could not be written to the audit trail.</source>
        <translation>لا تُعرض الهوية: تعذّر تسجيل عرضها في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Erase Identity…</source>
        <translation>امحُ الهوية…</translation>
    </message>
    <message>
        <source>Erase these details for good, here and at partners holding a copy; the case stays</source>
        <translation>امحُ هذه التفاصيل نهائيًا، هنا ولدى الشركاء الذين يحتفظون بنسخة؛ تبقى الحالة</translation>
    </message>
    <message>
        <source>Erase Identity</source>
        <translation>محو الهوية</translation>
    </message>
    <message>
        <source>Erase the identity of %1 for good?</source>
        <translation>هل تمحو هوية %1 نهائيًا؟</translation>
    </message>
    <message>
        <source>The name, date of birth, contact and notes are erased from this file and from its backups. Partner offices holding a copy erase theirs when they merge the recall sent with the next exchange. The case stays: its code, checklist and consents. This cannot be undone.</source>
        <translation>يُمحى الاسم وتاريخ الميلاد وبيانات الاتصال والملاحظات من هذا الملف ومن نسخه الاحتياطية. وتمحو المكاتب الشريكة التي تحتفظ بنسخة نسختَها عند دمج الاسترجاع المرسل مع التبادل التالي. تبقى الحالة: رمزها وقائمة خطواتها وموافقاتها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Reason for erasing:</source>
        <translation>سبب المحو:</translation>
    </message>
    <message>
        <source>Rewriting the file and its backups without the identity…</source>
        <translation>تُعاد كتابة الملف ونسخه الاحتياطية دون الهوية…</translation>
    </message>
    <message>
        <source>The identity was not erased.</source>
        <translation>لم تُمحَ الهوية.</translation>
    </message>
    <message>
        <source>Partner offices holding a copy erase theirs when they merge your next bundle.</source>
        <translation>تمحو المكاتب الشريكة التي تحتفظ بنسخة نسختَها عند دمج حزمتك التالية.</translation>
    </message>
    <message>
        <source>Another office recorded it: only this office&apos;s copy was erased.</source>
        <translation>سجّلها مكتب آخر: مُحيت نسخة هذا المكتب فقط.</translation>
    </message>
    <message>
        <source>The identity of %1 was erased, but the file or a backup could not be rewritten yet. Tandem tries again at the next exchange.</source>
        <translation>مُحيت هوية %1، لكن تعذّرت بعدُ إعادة كتابة الملف أو إحدى النسخ الاحتياطية. سيحاول Tandem مجددًا عند التبادل التالي.</translation>
    </message>
    <message>
        <source>The identity of %1 was erased from this file and its backup.</source>
        <translation>مُحيت هوية %1 من هذا الملف ومن نسخته الاحتياطية.</translation>
    </message>
    <message numerus="yes">
        <source>The identity of %1 was erased from this file and %n backups.</source>
        <translation>
            <numerusform>مُحيت هوية %1 من هذا الملف ومن %n نسخة احتياطية.</numerusform>
            <numerusform>مُحيت هوية %1 من هذا الملف ومن نسخة احتياطية واحدة.</numerusform>
            <numerusform>مُحيت هوية %1 من هذا الملف ومن نسختين احتياطيتين.</numerusform>
            <numerusform>مُحيت هوية %1 من هذا الملف ومن %n نسخ احتياطية.</numerusform>
            <numerusform>مُحيت هوية %1 من هذا الملف ومن %n نسخة احتياطية.</numerusform>
            <numerusform>مُحيت هوية %1 من هذا الملف ومن %n نسخة احتياطية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Input</name>
    <message>
        <source>line %1 is not valid UTF-8 text (byte %2); save the file as UTF-8</source>
        <translation>السطر %1 ليس نصًا صالحًا بترميز UTF-8 (البايت %2)؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1, more than Tandem reads from a file of this kind</source>
        <translation>حجم الملف أكبر من %1، وهو أكثر مما يقرؤه Tandem من ملف من هذا النوع</translation>
    </message>
</context>
<context>
    <name>tandem::Invariants</name>
    <message>
        <source>closed with mandatory checklist steps open: %1</source>
        <translation>مغلقة وخطوات إلزامية من القائمة ما زالت مفتوحة: %1</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is active beside a later active version; retire one</source>
        <translation>الإصدار %1 من «%2» نشط بجانب إصدار لاحق نشط؛ أوقف أحدهما</translation>
    </message>
    <message>
        <source>%1 has a rescue time but no checklist; set the rescue time again to make it</source>
        <translation>لدى %1 وقت إنقاذ ولكن بلا قائمة تحقق؛ أدخل وقت الإنقاذ مرة أخرى لإنشائها</translation>
    </message>
    <message>
        <source>%1 is %2 but its plan has no approver recorded</source>
        <translation>%1 في حالة %2 لكن خطتها لا تسجّل من وافق عليها</translation>
    </message>
    <message>
        <source>the code %1 is also survivor %2&apos;s; give one of them a new code</source>
        <translation>الرمز %1 هو أيضًا رمز الناجي %2؛ أعطِ أحدهما رمزًا جديدًا</translation>
    </message>
</context>
<context>
    <name>tandem::InviteMachineDialog</name>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;دعوة</translation>
    </message>
    <message>
        <source>Invite a Machine</source>
        <translation>دعوة جهاز</translation>
    </message>
    <message>
        <source>Another computer of this office gets a file of its own that exchanges everything of the office with this one, rows kept to the office included. The invitation holds the office&apos;s keys, locked with a one-time passphrase shown after it is written.</source>
        <translation>يحصل حاسوب آخر من حواسيب هذا المكتب على ملف خاص به يتبادل مع هذا الحاسوب كل ما يخص المكتب، بما في ذلك السجلات المقصورة على المكتب. تحمل الدعوة مفاتيح المكتب، مقفلة بعبارة مرور لمرة واحدة تُعرض بعد كتابة الدعوة.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. Field laptop</source>
        <translation>مثلًا: الحاسوب المحمول الميداني</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;لصالح:</translation>
    </message>
    <message>
        <source>Survivors&apos; identities reach the machine only when this person&apos;s roles may read them (a lead or a liaison).</source>
        <translation>لا تصل هويات الناجين إلى الجهاز إلا إذا كانت أدوار هذا الشخص تسمح بقراءتها (مسؤول أو منسق).</translation>
    </message>
    <message>
        <source>Machine &amp;name:</source>
        <translation>ا&amp;سم الجهاز:</translation>
    </message>
    <message>
        <source>The invitation&apos;s one-time passphrase:</source>
        <translation>عبارة المرور لمرة واحدة الخاصة بالدعوة:</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>عبارة مرور لمرة واحدة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Write the Invitation</source>
        <translation>كتابة الدعوة</translation>
    </message>
    <message>
        <source>Tandem invitations (*.invitation)</source>
        <translation>دعوات Tandem (*.invitation)</translation>
    </message>
    <message>
        <source>The invitation for &lt;b&gt;%1&lt;/b&gt; (%2) is in %3. On that computer, choose &lt;i&gt;Join an Office as Another Machine…&lt;/i&gt; and give this passphrase. Hand it over apart from the file (read it out, or on paper): whoever has both holds the office&apos;s keys. It works until %4 and is not shown again.</source>
        <translation>الدعوة الخاصة بـ &lt;b&gt;%1&lt;/b&gt; (%2) موجودة في %3. على ذلك الحاسوب، اختر &lt;i&gt;الانضمام إلى مكتب كجهاز آخر…&lt;/i&gt; وأدخل عبارة المرور هذه. سلّمها بمعزل عن الملف (اقرأها بصوت مسموع، أو على ورق): من يملك الاثنين يملك مفاتيح المكتب. تبقى صالحة حتى %4 ولن تُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <source>Invitation fi&amp;le:</source>
        <translation>&amp;ملف الدعوة:</translation>
    </message>
</context>
<context>
    <name>tandem::JoinOfficeDialog</name>
    <message>
        <source>Join an Office as Another Machine</source>
        <translation>الانضمام إلى مكتب كجهاز آخر</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; invites this computer to keep a file of an office, beside its other machines. The lead who made it gave you its one-time passphrase apart from the file.</source>
        <translation>تدعو &lt;b&gt;%1&lt;/b&gt; هذا الحاسوب إلى حفظ ملف لمكتب، إلى جانب أجهزته الأخرى. وقد أعطاك المسؤول الذي أنشأ الدعوة عبارة المرور لمرة واحدة الخاصة بها بمعزل عن الملف.</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>عبارة مرور لمرة واحدة</translation>
    </message>
    <message>
        <source>e.g. abcd-efgh-…</source>
        <translation>مثلًا: abcd-efgh-…</translation>
    </message>
    <message>
        <source>Your passphrase on this machine</source>
        <translation>عبارة مرورك على هذا الجهاز</translation>
    </message>
    <message>
        <source>It opens the office&apos;s keys on this computer, for you. It need not be the one you use elsewhere.</source>
        <translation>تفتح مفاتيح المكتب على هذا الحاسوب، لك أنت. ولا يلزم أن تكون العبارة التي تستخدمها في مكان آخر.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;انضمام</translation>
    </message>
    <message>
        <source>&amp;One-time passphrase:</source>
        <translation>عبارة المرور لمرة &amp;واحدة:</translation>
    </message>
</context>
<context>
    <name>tandem::KeyCard</name>
    <message>
        <source>not a Tandem office card: the file is larger than a card can be</source>
        <translation>ليست بطاقة مكتب Tandem: الملف أكبر مما يمكن أن تكونه البطاقة</translation>
    </message>
    <message>
        <source>not a Tandem office card: the first line must be &quot;%1&quot;</source>
        <translation>ليست بطاقة مكتب Tandem: يجب أن يكون السطر الأول &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: expected &quot;name: value&quot;</source>
        <translation>السطر %1: المتوقَّع &quot;اسم: قيمة&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice</source>
        <translation>السطر %1: &quot;%2&quot; يظهر مرتين</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot; line</source>
        <translation>البطاقة لا تحتوي على سطر &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: unknown card format &quot;%2&quot; (this Tandem reads %3)</source>
        <translation>السطر %1: صيغة البطاقة &quot;%2&quot; غير معروفة (هذا الإصدار من Tandem يقرأ %3)</translation>
    </message>
    <message>
        <source>line %1: the office name must have 1 to 200 characters</source>
        <translation>السطر %1: يجب أن يتكوّن اسم المكتب من 1 إلى 200 حرف</translation>
    </message>
    <message>
        <source>line %1: &quot;site&quot; is not a site id</source>
        <translation>السطر %1: &quot;site&quot; ليس معرِّف موقع</translation>
    </message>
    <message>
        <source>line %1: the fingerprint does not match the keys on the card: the card was changed or damaged</source>
        <translation>السطر %1: البصمة لا تطابق المفاتيح الموجودة على البطاقة: البطاقة غُيِّرت أو تلفت</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a 32-byte key in base64</source>
        <translation>السطر %1: &quot;%2&quot; ليس مفتاحًا بطول 32 بايت بترميز base64</translation>
    </message>
    <message>
        <source>not a Tandem office card: %1</source>
        <translation>ليست بطاقة مكتب Tandem: %1</translation>
    </message>
</context>
<context>
    <name>tandem::KeyCardDialog</name>
    <message>
        <source>This Office&apos;s Key Card</source>
        <translation>بطاقة مفتاح هذا المكتب</translation>
    </message>
    <message>
        <source>Give the key card to each partner office, on a USB stick or by e-mail. Before they trust it, read this fingerprint out to them over the phone: it must match the one their Tandem shows.</source>
        <translation>أعطِ بطاقة المفتاح لكل مكتب شريك، على ذاكرة USB أو بالبريد الإلكتروني. وقبل أن يثقوا بها، اقرأ عليهم هذه البصمة عبر الهاتف: يجب أن تطابق البصمة التي يعرضها Tandem لديهم.</translation>
    </message>
    <message>
        <source>&amp;Save the Card…</source>
        <translation>&amp;حفظ البطاقة…</translation>
    </message>
    <message>
        <source>Save the Key Card</source>
        <translation>حفظ بطاقة المفتاح</translation>
    </message>
    <message>
        <source>Tandem office cards (*.card)</source>
        <translation>بطاقات مكاتب Tandem (*.card)</translation>
    </message>
    <message>
        <source>The key card was not saved.</source>
        <translation>لم تُحفظ بطاقة المفتاح.</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>الملف موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظت في %1</translation>
    </message>
</context>
<context>
    <name>tandem::KeyRing</name>
    <message>
        <source>the passphrase was not given</source>
        <translation>لم تُدخل عبارة المرور</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>لا يوجد ملف مفتوح</translation>
    </message>
    <message>
        <source>office keys</source>
        <translation>مفاتيح المكتب</translation>
    </message>
    <message>
        <source>Choose the Office Passphrase</source>
        <translation>اختيار عبارة مرور المكتب</translation>
    </message>
    <message>
        <source>%1 This file has no office keys yet: Tandem makes them now, protected by a passphrase you choose. You will need it for every export and merge.</source>
        <translation>%1 ليست لهذا الملف مفاتيح مكتب بعد: سينشئها Tandem الآن، محمية بعبارة مرور تختارها. ستحتاج إليها عند كل تصدير ودمج.</translation>
    </message>
    <message>
        <source>made with a new passphrase</source>
        <translation>أُنشئت بعبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Your Passphrase</source>
        <translation>عبارة مرورك</translation>
    </message>
    <message>
        <source>%1 Enter your passphrase.</source>
        <translation>%1 أدخل عبارة مرورك.</translation>
    </message>
</context>
<context>
    <name>tandem::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Tandem will use %1 the next time it starts.</source>
        <translation>سيستخدم Tandem %1 عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Quit Tandem and start it again to see the change.</source>
        <translation>أغلق Tandem وشغّله مجددًا لرؤية التغيير.</translation>
    </message>
</context>
<context>
    <name>tandem::LinkedTipsPage</name>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;إلغاء الربط</translation>
    </message>
    <message>
        <source>Link one of the open tips to this operation (Ctrl+Shift+L)</source>
        <translation>ربط أحد البلاغات المفتوحة بهذه العملية (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>The selected tip goes back to “assessed”; Undo links it again</source>
        <translation>يعود البلاغ المحدد إلى حالة «مقيَّم»؛ والتراجع يعيد ربطه</translation>
    </message>
    <message>
        <source>Tips stay in this office unless a tip is marked to share with partners: where a tip came from is protected.</source>
        <translation>تبقى البلاغات في هذا المكتب ما لم يُعلَّم بلاغ للمشاركة مع الشركاء: فمصدر البلاغ محمي.</translation>
    </message>
    <message>
        <source>Linked tips</source>
        <translation>البلاغات المرتبطة</translation>
    </message>
    <message>
        <source>The tip could not be linked.</source>
        <translation>تعذّر ربط البلاغ.</translation>
    </message>
    <message>
        <source>The tip could not be unlinked.</source>
        <translation>تعذّر إلغاء ربط البلاغ.</translation>
    </message>
    <message>
        <source>Lin&amp;k a tip…</source>
        <translation>&amp;ربط بلاغ…</translation>
    </message>
</context>
<context>
    <name>tandem::LogPage</name>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>What happened? Type and press Enter; the note is stamped with the time.</source>
        <translation>ماذا حدث؟ اكتب واضغط Enter؛ تُختم الملاحظة بالوقت.</translation>
    </message>
    <message>
        <source>New log note</source>
        <translation>ملاحظة سجل جديدة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the note (Enter)</source>
        <translation>إضافة الملاحظة (Enter)</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>سجل العملية</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاح&amp;ظة:</translation>
    </message>
    <message>
        <source>A note takes at most %L1 characters; the text would have had %L2, so it was not taken.</source>
        <translation>تقبل الملاحظة ما لا يزيد على %L1 من الأحرف؛ وكان النص سيبلغ %L2، لذا لم يُقبل.</translation>
    </message>
    <message>
        <source>Add log note</source>
        <translation>إضافة ملاحظة سجل</translation>
    </message>
    <message>
        <source>Remove log note</source>
        <translation>إزالة ملاحظة سجل</translation>
    </message>
    <message>
        <source>Enter the note as a lesson learned: it stays in the log and is listed with the lessons of the after-action report. A note in the list is marked in its own box.</source>
        <translation>أدخل الملاحظة كدرس مستفاد: تبقى في السجل وتُدرج ضمن دروس تقرير ما بعد العملية. تُعلَّم الملاحظة في القائمة في خانتها الخاصة.</translation>
    </message>
    <message>
        <source>Written as a lesson: always among the lessons of the after-action report.</source>
        <translation>كُتبت كدرس: دائمًا ضمن دروس تقرير ما بعد العملية.</translation>
    </message>
    <message>
        <source>Lesson Learned</source>
        <translation>درس مستفاد</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>إزالة الملاحظة</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>ب&amp;واسطة:</translation>
    </message>
    <message>
        <source>Lesson le&amp;arned</source>
        <translation>د&amp;رس مستفاد</translation>
    </message>
    <message>
        <source>Notes are written in your name</source>
        <translation>تُكتب الملاحظات باسمك</translation>
    </message>
</context>
<context>
    <name>tandem::MachinesDialog</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;دعوة…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Machines of This Office</source>
        <translation>أجهزة هذا المكتب</translation>
    </message>
    <message>
        <source>The computers that keep this office&apos;s file. They exchange everything of the office with one another, through bundles or the exchange folder; partner offices see one office.</source>
        <translation>الحواسيب التي تحفظ ملف هذا المكتب. تتبادل فيما بينها كل ما يخص المكتب، عبر الحزم أو مجلد التبادل؛ وترى المكاتب الشريكة مكتبًا واحدًا.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Survivors&apos; identities</source>
        <translation>هويات الناجين</translation>
    </message>
    <message>
        <source>Last merged here</source>
        <translation>آخر دمج هنا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The invitation carries the office keys.</source>
        <translation>تحمل الدعوة مفاتيح المكتب.</translation>
    </message>
    <message>
        <source>The machines could not be read.</source>
        <translation>تعذّرت قراءة الأجهزة.</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1 (هذا الجهاز)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>أُزيل في %1</translation>
    </message>
    <message>
        <source>Exchanging</source>
        <translation>قيد التبادل</translation>
    </message>
    <message>
        <source>Remove a Machine</source>
        <translation>إزالة جهاز</translation>
    </message>
    <message>
        <source>Remove %1 from this office?</source>
        <translation>هل تريد إزالة %1 من هذا المكتب؟</translation>
    </message>
    <message>
        <source>No bundle is made for it or taken from it any more, here and on the office&apos;s other machines once they have exchanged with this one. It keeps what it had and the office&apos;s keys: to cut it off from what partners send later, the office needs new keys.</source>
        <translation>لن تُعدّ له أي حزمة ولن تُقبل منه أي حزمة بعد الآن، هنا وعلى أجهزة المكتب الأخرى بمجرد أن تتبادل مع هذا الجهاز. ويحتفظ بما كان لديه وبمفاتيح المكتب: ولقطعه عمّا يرسله الشركاء لاحقًا، يحتاج المكتب إلى مفاتيح جديدة.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The machine could not be removed.</source>
        <translation>تعذّرت إزالة الجهاز.</translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>1 step overdue</source>
        <translation>خطوة واحدة متأخرة</translation>
    </message>
    <message>
        <source>No step overdue</source>
        <translation>لا توجد خطوة متأخرة</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>تعذّر فتح الملف.</translation>
    </message>
    <message>
        <source>The new file could not be made.</source>
        <translation>تعذّر إنشاء الملف الجديد.</translation>
    </message>
    <message>
        <source>The demo database could not be made.</source>
        <translation>تعذّر إنشاء قاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>Making the demo database was cancelled.</source>
        <translation>أُلغي إنشاء قاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>%1 — Tandem</source>
        <translation>%1 — Tandem</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <source>%1 was not possible.</source>
        <translation>تعذّر %1.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>New Tandem File</source>
        <translation>ملف Tandem جديد</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation>ملفات Tandem (*.tandem)</translation>
    </message>
    <message>
        <source>the file already exists; choose another name, or open it</source>
        <translation>الملف موجود بالفعل؛ اختر اسمًا آخر، أو افتحه</translation>
    </message>
    <message>
        <source>Open Tandem File</source>
        <translation>فتح ملف Tandem</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem);;All files (*)</source>
        <translation>ملفات Tandem (*.tandem);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Removed from Open Recent, as they no longer exist: %1</source>
        <translation>أُزيلت من «فتح ملف حديث» لأنها لم تعد موجودة: %1</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>حول Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Joint operations and survivor assistance for anti-trafficking task forces.&lt;/p&gt;&lt;p&gt;Tandem is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;العمليات المشتركة ومساعدة الناجين لفرق عمل مكافحة الاتجار بالبشر.&lt;/p&gt;&lt;p&gt;Tandem برنامج حر: يمكنك إعادة توزيعه وتعديله وفقًا لشروط رخصة جنو العمومية (GNU General Public License)، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (GPL-3.0-or-later). ويأتي دون أي ضمان.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tandem</source>
        <translation>%1 (للقراءة فقط) — Tandem</translation>
    </message>
    <message>
        <source>Office: %1 (read-only)</source>
        <translation>المكتب: %1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>%1 is already open in this window.</source>
        <translation>%1 مفتوح بالفعل في هذه النافذة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps overdue</source>
        <translation>
            <numerusform>لا خطوات متأخرة</numerusform>
            <numerusform>خطوة واحدة متأخرة</numerusform>
            <numerusform>خطوتان متأخرتان</numerusform>
            <numerusform>%Ln خطوات متأخرة</numerusform>
            <numerusform>%Ln خطوة متأخرة</numerusform>
            <numerusform>%Ln خطوة متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the Demo</source>
        <translation>إعادة تعيين العرض التجريبي</translation>
    </message>
    <message>
        <source>Replace the demo database with a fresh one, made for today?</source>
        <translation>هل تريد استبدال قاعدة بيانات العرض التجريبي بأخرى جديدة مُعدّة لليوم؟</translation>
    </message>
    <message>
        <source>Everything changed in the demo since it was made is lost. Your own files are not touched.</source>
        <translation>يُفقد كل ما تغيّر في العرض التجريبي منذ إنشائه. لا تُمسّ ملفاتك الخاصة.</translation>
    </message>
    <message>
        <source>The demo database could not be reset.</source>
        <translation>تعذّرت إعادة تعيين قاعدة بيانات العرض التجريبي.</translation>
    </message>
    <message>
        <source>Resetting the demo was cancelled; it is as it was.</source>
        <translation>أُلغيت إعادة تعيين العرض التجريبي؛ بقي كما كان.</translation>
    </message>
    <message>
        <source>The demo was made afresh for today.</source>
        <translation>أُعيد إنشاء العرض التجريبي لليوم.</translation>
    </message>
    <message>
        <source>Open an Invitation</source>
        <translation>فتح دعوة</translation>
    </message>
    <message>
        <source>Tandem invitations (*.invitation);;All files (*)</source>
        <translation>دعوات Tandem (*.invitation);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Where to Keep This Machine&apos;s File</source>
        <translation>مكان حفظ ملف هذا الجهاز</translation>
    </message>
    <message>
        <source>This computer is now %1, a machine of %2. Exchange with another machine of the office (Exchange ▸ Exchange Folder…) to bring the office&apos;s records.</source>
        <translation>أصبح هذا الحاسوب الآن %1، وهو جهاز من أجهزة %2. تبادل مع جهاز آخر من أجهزة المكتب (تبادل ▸ مجلد التبادل…) لجلب سجلات المكتب.</translation>
    </message>
</context>
<context>
    <name>tandem::MeetingListModel</name>
    <message>
        <source>Overdue follow-up</source>
        <translation>متابعة متأخرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>الأيام الـ7 القادمة</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>الماضية</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>تعذّرت قراءة الاجتماعات: %1</translation>
    </message>
    <message>
        <source>%1 (latest %L2 of %L3)</source>
        <translation>%1 (آخر %L2 من %L3)</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%L1 open, %L2 overdue</source>
        <translation>مفتوحة: %L1، متأخرة: %L2</translation>
    </message>
    <message>
        <source>%L1 open</source>
        <translation>مفتوحة: %L1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where · organiser</source>
        <translation>المكان · المنظِّم</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>بنود العمل</translation>
    </message>
</context>
<context>
    <name>tandem::MeetingsView</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>اجتماع &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Meetings and trainings</source>
        <translation>الاجتماعات والتدريبات</translation>
    </message>
    <message>
        <source>Schedule a meeting, training or outreach event (Ctrl+Shift+N or Insert)</source>
        <translation>جدولة اجتماع أو تدريب أو فعالية توعية (Ctrl+Shift+N أو Insert)</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its attendance and action items (Delete)</source>
        <translation>حذف الاجتماع المحدد مع سجل حضوره وبنود عمله (Delete)</translation>
    </message>
    <message>
        <source>Add the meeting to the calendar (Ctrl+Return)</source>
        <translation>إضافة الاجتماع إلى التقويم (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>بنود العمل</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>الملاحظات</translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week, %1 with overdue follow-up</source>
        <translation>
            <numerusform>%n اجتماع قادم هذا الأسبوع، منها %1 بمتابعة متأخرة</numerusform>
            <numerusform>%n اجتماع قادم هذا الأسبوع، منه %1 بمتابعة متأخرة</numerusform>
            <numerusform>%n اجتماعان قادمان هذا الأسبوع، منهما %1 بمتابعة متأخرة</numerusform>
            <numerusform>%n اجتماعات قادمة هذا الأسبوع، منها %1 بمتابعة متأخرة</numerusform>
            <numerusform>%n اجتماعًا قادمًا هذا الأسبوع، منها %1 بمتابعة متأخرة</numerusform>
            <numerusform>%n اجتماع قادم هذا الأسبوع، منها %1 بمتابعة متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week</source>
        <translation>
            <numerusform>%n اجتماع قادم هذا الأسبوع</numerusform>
            <numerusform>%n اجتماع قادم هذا الأسبوع</numerusform>
            <numerusform>%n اجتماعان قادمان هذا الأسبوع</numerusform>
            <numerusform>%n اجتماعات قادمة هذا الأسبوع</numerusform>
            <numerusform>%n اجتماعًا قادمًا هذا الأسبوع</numerusform>
            <numerusform>%n اجتماع قادم هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a meeting to see and edit it, or schedule a new one.</source>
        <translation>حدِّد اجتماعًا لعرضه وتحريره، أو جدوِل اجتماعًا جديدًا.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>Schedule meeting</source>
        <translation>جدولة اجتماع</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف اجتماع</translation>
    </message>
    <message>
        <source>Delete “%1” with its attendance?</source>
        <translation>حذف «%1» مع سجل حضوره؟</translation>
    </message>
    <message>
        <source>Its action items and feedback stay, without the meeting. Undo (Ctrl+Z) brings it back.</source>
        <translation>تبقى بنود عمله وملاحظاته، دون الاجتماع. التراجع (Ctrl+Z) يعيده.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>1 agency</source>
        <translation>جهة واحدة</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>إنشاء الاجتماع</translation>
    </message>
    <message>
        <source>Attendan&amp;ce</source>
        <translation>الح&amp;ضور</translation>
    </message>
    <message>
        <source>Attendan&amp;ce (%1, %2)</source>
        <translation>الح&amp;ضور (%1، %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>لا جهات</numerusform>
            <numerusform>جهة واحدة</numerusform>
            <numerusform>جهتان</numerusform>
            <numerusform>%Ln جهات</numerusform>
            <numerusform>%Ln جهة</numerusform>
            <numerusform>%Ln جهة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Act&amp;ion items</source>
        <translation>&amp;بنود العمل</translation>
    </message>
    <message>
        <source>Act&amp;ion items (%1 open)</source>
        <translation>&amp;بنود العمل (%1 مفتوحة)</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>الم&amp;لاحظات</translation>
    </message>
    <message>
        <source>Feed&amp;back (%1)</source>
        <translation>الم&amp;لاحظات (%1)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>الت&amp;فاصيل</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
</context>
<context>
    <name>tandem::Merge</name>
    <message>
        <source>%1&apos;s audit log went back from entry %2 to entry %3 since its last bundle: entries were removed</source>
        <translation>سجل التدقيق لدى %1 رجع من الإدخال %2 إلى الإدخال %3 منذ حزمته الأخيرة: حُذفت إدخالات</translation>
    </message>
    <message>
        <source>%1&apos;s audit entry %2 changed since its last bundle: the log was rewritten</source>
        <translation>تغيّر إدخال التدقيق %2 لدى %1 منذ حزمته الأخيرة: أُعيدت كتابة السجل</translation>
    </message>
</context>
<context>
    <name>tandem::MergeSummaryDialog</name>
    <message>
        <source>Bundle Merged</source>
        <translation>دُمجت الحزمة</translation>
    </message>
    <message>
        <source>Merged the bundle from %1</source>
        <translation>دُمجت الحزمة الواردة من %1</translation>
    </message>
    <message>
        <source>Changes merged per kind of record</source>
        <translation>التغييرات المدمجة حسب نوع السجل</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>No edit conflicted with an edit made here.</source>
        <translation>لم يتعارض أي تعديل مع تعديل أُجري هنا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One edit conflicted&lt;/b&gt; with an edit made here. The field now holds the later edit; review it to keep it or take the other value.</source>
        <translation>&lt;b&gt;تعارض تعديل واحد&lt;/b&gt; مع تعديل أُجري هنا. يحمل الحقل الآن التعديل الأحدث؛ راجعه لإبقائه أو لاعتماد القيمة الأخرى.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1 edits conflicted&lt;/b&gt; with edits made here. Each field now holds the later edit; review them to keep it or take the other value.</source>
        <translation>&lt;b&gt;تعارضت تعديلات عددها %L1&lt;/b&gt; مع تعديلات أُجريت هنا. يحمل كل حقل الآن التعديل الأحدث؛ راجعها لإبقائه أو لاعتماد القيمة الأخرى.</translation>
    </message>
    <message>
        <source>The bundle held nothing this office did not have already.</source>
        <translation>لم تحمل الحزمة أي شيء لم يكن لدى هذا المكتب بالفعل.</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;مراجعة التعارضات</translation>
    </message>
    <message>
        <source>One survivor&apos;s identity was erased here on a recall from a partner office.</source>
        <translation>مُحيت هنا هوية ناجٍ بناءً على استرجاع من مكتب شريك.</translation>
    </message>
    <message>
        <source>%L1 survivors&apos; identities were erased here on recalls from partner offices.</source>
        <translation>مُحيت هنا هويات %L1 من الناجين بناءً على استرجاعات من مكاتب شريكة.</translation>
    </message>
    <message>
        <source>The file or a backup could not be rewritten without them yet (Tandem tries again at the next merge): %1</source>
        <translation>تعذّرت بعدُ إعادة كتابة الملف أو إحدى النسخ الاحتياطية دونها (سيحاول Tandem مجددًا عند الدمج التالي): %1</translation>
    </message>
</context>
<context>
    <name>tandem::NeedToKnow</name>
    <message>
        <source>no such operation</source>
        <translation>لا توجد هذه العملية</translation>
    </message>
    <message>
        <source>no agency of this database&apos;s directory has this id</source>
        <translation>لا توجد جهة في دليل قاعدة البيانات هذه بهذا المعرّف</translation>
    </message>
    <message>
        <source>%1 was deleted from the directory</source>
        <translation>حُذفت %1 من الدليل</translation>
    </message>
    <message>
        <source>%1 has no assignment in %2</source>
        <translation>ليس لدى %1 أي مهمة في %2</translation>
    </message>
    <message>
        <source>no agency is named: give an agency&apos;s id or name</source>
        <translation>لم تُسمَّ أي جهة: اذكر معرّف الجهة أو اسمها</translation>
    </message>
    <message>
        <source>no agency of this database&apos;s directory is named &quot;%1&quot;</source>
        <translation>لا توجد جهة في دليل قاعدة البيانات هذه باسم &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies are named &quot;%1&quot;; give the id of the one you mean</source>
        <translation>
            <numerusform>لا توجد جهات باسم &quot;%1&quot;؛ اذكر معرّف الجهة التي تقصدها</numerusform>
            <numerusform>توجد جهة واحدة باسم &quot;%1&quot;؛ اذكر معرّف الجهة التي تقصدها</numerusform>
            <numerusform>توجد جهتان باسم &quot;%1&quot;؛ اذكر معرّف الجهة التي تقصدها</numerusform>
            <numerusform>توجد %n جهات باسم &quot;%1&quot;؛ اذكر معرّف الجهة التي تقصدها</numerusform>
            <numerusform>توجد %n جهة باسم &quot;%1&quot;؛ اذكر معرّف الجهة التي تقصدها</numerusform>
            <numerusform>توجد %n جهة باسم &quot;%1&quot;؛ اذكر معرّف الجهة التي تقصدها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NewOfficeDialog</name>
    <message>
        <source>New Tandem File</source>
        <translation>ملف Tandem جديد</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be your office&apos;s Tandem file.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; سيكون ملف Tandem الخاص بمكتبك.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>e.g. Riverside Task Force</source>
        <translation>مثلًا: فرقة عمل ضفة النهر</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;اسم المكتب:</translation>
    </message>
    <message>
        <source>Partner offices see this name on your key card and your bundles.</source>
        <translation>ترى المكاتب الشريكة هذا الاسم على بطاقة مفتاحك وحزمك.</translation>
    </message>
    <message>
        <source>Office passphrase</source>
        <translation>عبارة مرور المكتب</translation>
    </message>
    <message>
        <source>The passphrase protects the keys that sign and open the bundles exchanged with partner offices. Tandem asks for it when you export or merge.</source>
        <translation>تحمي عبارة المرور المفاتيح التي توقّع الحزم المتبادلة مع المكاتب الشريكة وتفتحها. يطلبها Tandem عند التصدير أو الدمج.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;إنشاء</translation>
    </message>
    <message>
        <source>Office co&amp;de:</source>
        <translation>&amp;رمز المكتب:</translation>
    </message>
</context>
<context>
    <name>tandem::NoFileView</name>
    <message>
        <source>Create Your Office&apos;s File…</source>
        <translation>إنشاء ملف مكتبك…</translation>
    </message>
    <message>
        <source>Choose where to keep it, give your office&apos;s name as partners will see it, and a passphrase that protects its keys.</source>
        <translation>اختر مكان حفظه، واكتب اسم مكتبك كما سيراه الشركاء، وعبارة مرور تحمي مفاتيحه.</translation>
    </message>
    <message>
        <source>Open an Existing File…</source>
        <translation>فتح ملف موجود…</translation>
    </message>
    <message>
        <source>A .tandem file your office already keeps, on this computer or on a shared disk.</source>
        <translation>ملف .tandem يحتفظ به مكتبك من قبل، على هذا الحاسوب أو على قرص مشترك.</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>استكشاف قاعدة البيانات التجريبية</translation>
    </message>
    <message>
        <source>Invented operations, agencies and survivors to try everything without fear. Its passphrase is “%1”.</source>
        <translation>عمليات وجهات وناجون من نسج الخيال لتجربة كل شيء دون خوف. عبارة المرور الخاصة بها هي «%1».</translation>
    </message>
    <message>
        <source>Welcome to Tandem</source>
        <translation>مرحبًا بك في Tandem</translation>
    </message>
    <message>
        <source>Tandem keeps your office&apos;s operations and survivors&apos; checklists in one file on this computer. To begin:</source>
        <translation>يحفظ Tandem عمليات مكتبك وقوائم التحقق الخاصة بالناجين في ملف واحد على هذا الحاسوب. للبدء:</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>لا يوجد ملف مفتوح</translation>
    </message>
    <message>
        <source>Open your office&apos;s file, make a new one, or explore the demo.</source>
        <translation>افتح ملف مكتبك، أو أنشئ ملفًا جديدًا، أو استكشف قاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>Join an office as another machine, from an invitation…</source>
        <translation>الانضمام إلى مكتب كجهاز آخر، من خلال دعوة…</translation>
    </message>
</context>
<context>
    <name>tandem::Notifier</name>
    <message>
        <source>Notification</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>تجاهل الإشعار</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>&amp;Show Tandem</source>
        <translation>إ&amp;ظهار Tandem</translation>
    </message>
    <message>
        <source>&amp;Keep Running Here When the Window Is Closed</source>
        <translation>الاستمرار في العمل هنا عند إ&amp;غلاق النافذة</translation>
    </message>
    <message>
        <source>&amp;Quit Tandem</source>
        <translation>إ&amp;نهاء Tandem</translation>
    </message>
    <message>
        <source>A checklist step is overdue</source>
        <translation>خطوة في القائمة متأخرة</translation>
    </message>
    <message>
        <source>%1: “%2” is now overdue.</source>
        <translation>%1: ”%2“ متأخرة الآن.</translation>
    </message>
    <message>
        <source>Checklist steps are overdue</source>
        <translation>خطوات في القائمة متأخرة</translation>
    </message>
    <message numerus="yes">
        <source>%n steps are now overdue, the first for %1: “%2”.</source>
        <translation>
            <numerusform>لا خطوات متأخرة لـ %1: ”%2“.</numerusform>
            <numerusform>خطوة واحدة متأخرة الآن، لـ %1: ”%2“.</numerusform>
            <numerusform>خطوتان متأخرتان الآن، أولاهما لـ %1: ”%2“.</numerusform>
            <numerusform>%n خطوات متأخرة الآن، أولاها لـ %1: ”%2“.</numerusform>
            <numerusform>%n خطوة متأخرة الآن، أولاها لـ %1: ”%2“.</numerusform>
            <numerusform>%n خطوة متأخرة الآن، أولاها لـ %1: ”%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>An action item is due</source>
        <translation>حان موعد إجراء</translation>
    </message>
    <message>
        <source>“%1” is due now.</source>
        <translation>حان الآن موعد ”%1“.</translation>
    </message>
    <message>
        <source>Action items are due</source>
        <translation>حان موعد إجراءات</translation>
    </message>
    <message numerus="yes">
        <source>%n action items are due now, the first “%1”.</source>
        <translation>
            <numerusform>لا إجراءات حان موعدها، ولا ”%1“.</numerusform>
            <numerusform>حان الآن موعد إجراء واحد: ”%1“.</numerusform>
            <numerusform>حان الآن موعد إجراءين، أولهما ”%1“.</numerusform>
            <numerusform>حان الآن موعد %n إجراءات، أولها ”%1“.</numerusform>
            <numerusform>حان الآن موعد %n إجراءً، أولها ”%1“.</numerusform>
            <numerusform>حان الآن موعد %n إجراء، أولها ”%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <source>A bundle from %1 left a conflicting edit to review.</source>
        <translation>ترك حزمة من %1 تعديلًا متعارضًا للمراجعة.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles from %1 left %n conflicting edits to review.</source>
        <translation>
            <numerusform>لم تترك حزم %1 أي تعديل متعارض.</numerusform>
            <numerusform>تركت حزم %1 تعديلًا متعارضًا واحدًا للمراجعة.</numerusform>
            <numerusform>تركت حزم %1 تعديلين متعارضين للمراجعة.</numerusform>
            <numerusform>تركت حزم %1 %n تعديلات متعارضة للمراجعة.</numerusform>
            <numerusform>تركت حزم %1 %n تعديلًا متعارضًا للمراجعة.</numerusform>
            <numerusform>تركت حزم %1 %n تعديل متعارض للمراجعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCode</name>
    <message>
        <source>an office code is required: 2 to 5 capital letters or digits, such as NB</source>
        <translation>رمز المكتب مطلوب: من 2 إلى 5 أحرف لاتينية كبيرة أو أرقام، مثل NB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office code: use 2 to 5 capital letters (A to Z) or digits, such as NB</source>
        <translation>«%1» ليس رمز مكتب: استخدم من 2 إلى 5 أحرف لاتينية كبيرة (من A إلى Z) أو أرقام، مثل NB</translation>
    </message>
    <message>
        <source>only a lead sets the office&apos;s code: %1</source>
        <translation>لا يحدد رمز المكتب إلا المسؤول: %1</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>حُدّد بـ %1</translation>
    </message>
    <message>
        <source>changed from %1 to %2</source>
        <translation>غُيّر من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeController</name>
    <message>
        <source>Office &amp;Code…</source>
        <translation>&amp;رمز المكتب…</translation>
    </message>
    <message>
        <source>The office&apos;s short code, with which new survivor codes begin</source>
        <translation>الرمز القصير للمكتب، الذي تبدأ به رموز الناجين الجديدة</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>الملف مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>The office code could not be read.</source>
        <translation>تعذّرت قراءة رمز المكتب.</translation>
    </message>
    <message>
        <source>The office code could not be set.</source>
        <translation>تعذّر تحديد رمز المكتب.</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeDialog</name>
    <message>
        <source>Choose the Office Code</source>
        <translation>اختيار رمز المكتب</translation>
    </message>
    <message>
        <source>Office Code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>Survivor codes now begin with a short code of the office, such as NB-2026-0042, so that two offices never give the same code. %1 has none yet: choose one of 2 to 5 capital letters or digits. Codes already given stay as they are.</source>
        <translation>تبدأ رموز الناجين الآن برمز قصير للمكتب، مثل NB-2026-0042، حتى لا يعطي مكتبان الرمز نفسه أبدًا. ليس لدى %1 رمز بعد: اختر رمزًا من 2 إلى 5 أحرف لاتينية كبيرة أو أرقام. تبقى الرموز المعطاة سابقًا كما هي.</translation>
    </message>
    <message>
        <source>New survivor codes of %1 begin with this code. Codes already given stay as they are; partners see the code in the office directory.</source>
        <translation>تبدأ رموز الناجين الجديدة لدى %1 بهذا الرمز. تبقى الرموز المعطاة سابقًا كما هي؛ ويرى الشركاء الرمز في دليل المكاتب.</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;رمز المكتب:</translation>
    </message>
    <message>
        <source>&amp;Use This Code</source>
        <translation>ا&amp;ستخدام هذا الرمز</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Go on without a code: new survivor codes use %1 until one is chosen. Tandem asks again the next time the file is opened.</source>
        <translation>المتابعة دون رمز: تستخدم رموز الناجين الجديدة %1 إلى أن يُختار رمز. يسأل Tandem مجددًا عند فتح الملف في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeField</name>
    <message>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <source>New survivor codes: %1-%2-0001, %1-%2-0002, …</source>
        <translation>رموز الناجين الجديدة: %1-%2-0001، %1-%2-0002، …</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeKeys</name>
    <message>
        <source>the stored office keys are damaged</source>
        <translation>مفاتيح المكتب المحفوظة تالفة</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>عبارة مرور خاطئة</translation>
    </message>
    <message>
        <source>the stored office keys do not match this office&apos;s public keys</source>
        <translation>مفاتيح المكتب المحفوظة لا تطابق المفاتيح العامة لهذا المكتب</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>عبارة المرور فارغة</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least 10 characters, for example four unrelated words</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم 10 أحرف على الأقل، مثل أربع كلمات لا صلة بينها</translation>
    </message>
    <message>
        <source>this office has no keys yet: set a passphrase first</source>
        <translation>ليست لهذا المكتب مفاتيح بعد: عيِّن عبارة مرور أولًا</translation>
    </message>
    <message>
        <source>this office already has its keys</source>
        <translation>لهذا المكتب مفاتيحه بالفعل</translation>
    </message>
    <message>
        <source>new passphrase: %1</source>
        <translation>عبارة المرور الجديدة: %1</translation>
    </message>
    <message>
        <source>the stored key parameters are damaged</source>
        <translation>معاملات المفتاح المخزَّنة تالفة</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>الذاكرة لا تكفي لاشتقاق المفتاح من عبارة المرور</translation>
    </message>
    <message>
        <source>this person has no key slot: their passphrase opens nothing</source>
        <translation>ليس لهذا الشخص خانة مفاتيح: عبارة مروره لا تفتح شيئًا</translation>
    </message>
    <message>
        <source>Office lead</source>
        <translation>مسؤول المكتب</translation>
    </message>
    <message>
        <source>an identifying detail does not open with this office&apos;s key</source>
        <translation>تفصيل تعريفي لا يُفتح بمفتاح هذا المكتب</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>لا يمنح هذا الحق إلا شخص يحق له قراءة الهويات</translation>
    </message>
    <message>
        <source>this file is from before people: open it with the office passphrase first</source>
        <translation>هذا الملف من قبل إضافة الأشخاص: افتحه أولًا بعبارة مرور المكتب</translation>
    </message>
    <message>
        <source>this file has its people already</source>
        <translation>لهذا الملف أشخاصه بالفعل</translation>
    </message>
    <message>
        <source>the invitation names no person</source>
        <translation>الدعوة لا تذكر أي شخص</translation>
    </message>
</context>
<context>
    <name>tandem::OperationDetail</name>
    <message>
        <source>Not scheduled</source>
        <translation>غير مجدولة</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>لا توجد أهداف بعد</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>التكليفات</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>قائد الفريق</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>No agencies assigned yet</source>
        <translation>لم تُكلَّف أي جهة بعد</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>الناجون</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>وقت الإنقاذ (T0)</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>الخطوات المنجزة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>No survivors recorded for this operation</source>
        <translation>لم يُسجَّل أي ناجٍ لهذه العملية</translation>
    </message>
    <message>
        <source>Select an operation to see its targets, the agencies taking part and its survivors.</source>
        <translation>اختر عملية لعرض أهدافها والجهات المشاركة فيها والناجين منها.</translation>
    </message>
    <message>
        <source>This operation could not be read: %1</source>
        <translation>تعذرت قراءة هذه العملية: %1</translation>
    </message>
    <message>
        <source>This operation has been deleted.</source>
        <translation>حُذفت هذه العملية.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>No lead agency yet</source>
        <translation>لم تُحدَّد جهة قائدة بعد</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>تعذرت قراءة الأهداف: %1</translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation>تعذرت قراءة التكليفات: %1</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(جهة محذوفة)</translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation>تعذرت قراءة الناجين: %1</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>لا توجد قائمة تحقق</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>غير موافق عليها</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>approved by someone on a date</comment>
        <translation>%1 في %2</translation>
    </message>
</context>
<context>
    <name>tandem::OperationEditor</name>
    <message>
        <source>Mark as planned</source>
        <translation>وضع علامة: مخطط لها</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Mark as briefed</source>
        <translation>وضع علامة: تمت الإحاطة</translation>
    </message>
    <message>
        <source>Start the operation</source>
        <translation>بدء العملية</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>وضع علامة: مكتملة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>إلغاء العملية</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>العودة إلى %1</translation>
    </message>
    <message>
        <source>◀ Operations</source>
        <translation>▶ العمليات</translation>
    </message>
    <message>
        <source>Back to the list of operations (Esc or Alt+Left)</source>
        <translation>العودة إلى قائمة العمليات (Esc أو Alt+Left)</translation>
    </message>
    <message>
        <source>The next step of the workflow (Ctrl+Shift+Right)</source>
        <translation>المرحلة التالية من سير العمل (Ctrl+Shift+Right)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Other moves of the workflow</source>
        <translation>انتقالات أخرى في سير العمل</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>This operation has been deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذفت هذه العملية. التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>ال&amp;غايات</translation>
    </message>
    <message>
        <source>R&amp;isk</source>
        <translation>المخا&amp;طر</translation>
    </message>
    <message>
        <source>&amp;Comms &amp;&amp; contingency</source>
        <translation>ال&amp;اتصالات &amp;&amp; الطوارئ</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>الأ&amp;هداف</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>ال&amp;جدول الزمني</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Deleted operation</source>
        <translation>عملية محذوفة</translation>
    </message>
    <message>
        <source>&amp;Targets (%1)</source>
        <translation>الأ&amp;هداف (%1)</translation>
    </message>
    <message>
        <source>The operation cannot move to %1 yet</source>
        <translation>لا يمكن نقل العملية إلى «%1» بعد</translation>
    </message>
    <message>
        <source>Status Not Changed</source>
        <translation>لم تتغير الحالة</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>نقل %1 إلى «%2»</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>Ti&amp;ps</source>
        <translation>ال&amp;بلاغات</translation>
    </message>
    <message>
        <source>Ti&amp;ps (%1)</source>
        <translation>ال&amp;بلاغات (%1)</translation>
    </message>
    <message>
        <source>Survi&amp;vors packet</source>
        <translation>مل&amp;حق الناجين</translation>
    </message>
    <message>
        <source>Assi&amp;gnments</source>
        <translation>الت&amp;كليفات</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>المتاب&amp;عة</translation>
    </message>
    <message>
        <source>Fee&amp;dback</source>
        <translation>الم&amp;لاحظات</translation>
    </message>
    <message>
        <source>Assi&amp;gnments (%1)</source>
        <translation>الت&amp;كليفات (%1)</translation>
    </message>
    <message>
        <source>Fee&amp;dback (%1)</source>
        <translation>الم&amp;لاحظات (%1)</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>وافق عليها %1 في %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>وافق عليها %1</translation>
    </message>
    <message>
        <source>Reason for the Move</source>
        <translation>سبب تغيير الحالة</translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation>نقل %1 إلى %2؟</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>The agencies with these roles get the entry points, hazards and code words in their copies of the operation order and assignment sheets; the lead always does. None ticked: Lead, Entry and Perimeter.</source>
        <translation>تحصل الجهات ذات هذه الأدوار على نقاط الدخول والمخاطر وكلمات السر في نسخها من أمر العملية وأوراق المهام؛ والجهة القائدة تحصل عليها دائمًا. إن لم يُحدَّد شيء: القيادة والدخول والطوق.</translation>
    </message>
    <message>
        <source>Files of this target: floor plans, photos of the entrances</source>
        <translation>ملفات هذا الهدف: المخططات، وصور المداخل</translation>
    </message>
    <message>
        <source>The warrant&apos;s scan</source>
        <translation>النسخة الممسوحة من الأمر القضائي</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>الأوامر القضائية</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Warrants (%1)</source>
        <translation>الأوامر القضائية (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>الملفات (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::OperationFilterBar</name>
    <message>
        <source>Any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>تبدأ من</translation>
    </message>
    <message>
        <source>Starts until</source>
        <translation>تبدأ حتى</translation>
    </message>
    <message>
        <source>Search code names, targets, agencies, notes… (Ctrl+F)</source>
        <translation>ابحث في الأسماء الرمزية والأهداف والجهات والملاحظات… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search operations</source>
        <translation>البحث في العمليات</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>A search takes at most %L1 characters (that would have been %L2).</source>
        <translation>يقبل البحث %L1 حرفًا على الأكثر (وكان النص سيبلغ %L2).</translation>
    </message>
    <message>
        <source>The range of dates ends before it starts: the list keeps the last range that made sense.</source>
        <translation>نطاق التواريخ ينتهي قبل أن يبدأ: تحتفظ القائمة بآخر نطاق صالح.</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>لا يُبحث إلا عن أول %1 كلمة.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>م&amp;ن:</translation>
    </message>
</context>
<context>
    <name>tandem::OperationListModel</name>
    <message>
        <source>Code name</source>
        <translation>الاسم الرمزي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>نوع الاتجار</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>الجهة القائدة</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>الناجون</translation>
    </message>
    <message>
        <source>The operations could not be read: %1</source>
        <translation>تعذرت قراءة العمليات: %1</translation>
    </message>
</context>
<context>
    <name>tandem::Operations</name>
    <message>
        <source>this operation was deleted</source>
        <translation>هذه العملية محذوفة</translation>
    </message>
    <message>
        <source>No lead agency is chosen.</source>
        <translation>لم تُختر جهة قائدة.</translation>
    </message>
    <message>
        <source>The start time is not set.</source>
        <translation>لم يُحدَّد وقت البدء.</translation>
    </message>
    <message>
        <source>The risk level is not assessed.</source>
        <translation>لم يُقيَّم مستوى الخطورة.</translation>
    </message>
    <message>
        <source>There is no target.</source>
        <translation>لا يوجد هدف.</translation>
    </message>
    <message>
        <source>No agency is assigned to victim services.</source>
        <translation>لم تُكلَّف أي جهة بخدمات الضحايا.</translation>
    </message>
    <message>
        <source>Survivor %1: the mandatory step “%2” is still open.</source>
        <translation>الناجي %1: الخطوة الإلزامية «%2» لا تزال مفتوحة.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; the statuses are: %2</source>
        <translation>حالة غير معروفة &quot;%1&quot;؛ الحالات هي: %2</translation>
    </message>
    <message>
        <source>The operation is already %1.</source>
        <translation>العملية بالفعل في حالة «%1».</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>يتعذر الانتقال إلى «%1»: %2</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (نسخة)</translation>
    </message>
    <message>
        <source>… and 1 more open mandatory step.</source>
        <translation>… وخطوة إلزامية مفتوحة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more open mandatory steps.</source>
        <translation>
            <numerusform>… ولا خطوات إلزامية مفتوحة أخرى.</numerusform>
            <numerusform>… وخطوة إلزامية مفتوحة أخرى.</numerusform>
            <numerusform>… وخطوتان إلزاميتان مفتوحتان أخريان.</numerusform>
            <numerusform>… و%n خطوات إلزامية مفتوحة أخرى.</numerusform>
            <numerusform>… و%n خطوة إلزامية مفتوحة أخرى.</numerusform>
            <numerusform>… و%n خطوة إلزامية مفتوحة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a status named in a sentence</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>An operation in “%1” cannot change its status.</source>
        <translation>لا يمكن لعملية في حالة «%1» أن تغيّر حالتها.</translation>
    </message>
    <message>
        <source>An operation in “%1” can move to %2, not to “%3”.</source>
        <translation>يمكن لعملية في حالة «%1» أن تنتقل إلى %2، لا إلى «%3».</translation>
    </message>
    <message>
        <source>Status moved from %1 to %2: %3</source>
        <translation>تغيّرت الحالة من %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>Only a lead approves a plan.</source>
        <translation>لا يوافق على الخطة إلا مسؤول.</translation>
    </message>
    <message>
        <source>Only a lead closes an operation.</source>
        <translation>لا يغلق العملية إلا مسؤول.</translation>
    </message>
    <message>
        <source>Only a lead reopens a closed operation.</source>
        <translation>لا يعيد فتح عملية مغلقة إلا مسؤول.</translation>
    </message>
    <message>
        <source>The plan changed after it was approved (1 change); approve it again.</source>
        <translation>تغيّرت الخطة بعد الموافقة عليها (تغيير واحد)؛ وافق عليها من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>The plan changed after it was approved (%n changes); approve it again.</source>
        <translation>
            <numerusform>تغيّرت الخطة بعد الموافقة عليها (%n تغيير)؛ وافق عليها من جديد.</numerusform>
            <numerusform>تغيّرت الخطة بعد الموافقة عليها (تغيير واحد)؛ وافق عليها من جديد.</numerusform>
            <numerusform>تغيّرت الخطة بعد الموافقة عليها (تغييران)؛ وافق عليها من جديد.</numerusform>
            <numerusform>تغيّرت الخطة بعد الموافقة عليها (%n تغييرات)؛ وافق عليها من جديد.</numerusform>
            <numerusform>تغيّرت الخطة بعد الموافقة عليها (%n تغييرًا)؛ وافق عليها من جديد.</numerusform>
            <numerusform>تغيّرت الخطة بعد الموافقة عليها (%n تغيير)؛ وافق عليها من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopening a closed operation needs a reason.</source>
        <translation>إعادة فتح عملية مغلقة تتطلب سببًا.</translation>
    </message>
    <message>
        <source>The operation is planned to start on %1, more than a day from now.</source>
        <translation>بدء العملية مخطط له في %1، بعد أكثر من يوم من الآن.</translation>
    </message>
    <message>
        <source>1 task of the timeline up to the execution is still open.</source>
        <translation>ما زالت مهمة واحدة من الجدول الزمني حتى التنفيذ مفتوحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks of the timeline up to the execution are still open.</source>
        <translation>
            <numerusform>لا مهام مفتوحة من الجدول الزمني حتى التنفيذ (%n).</numerusform>
            <numerusform>ما زالت مهمة واحدة من الجدول الزمني حتى التنفيذ مفتوحة (%n).</numerusform>
            <numerusform>ما زالت مهمتان من الجدول الزمني حتى التنفيذ مفتوحتين (%n).</numerusform>
            <numerusform>ما زالت %n مهام من الجدول الزمني حتى التنفيذ مفتوحة.</numerusform>
            <numerusform>ما زالت %n مهمة من الجدول الزمني حتى التنفيذ مفتوحة.</numerusform>
            <numerusform>ما زالت %n مهمة من الجدول الزمني حتى التنفيذ مفتوحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot move to %1 without a reason: %2</source>
        <translation>لا يمكن النقل إلى %1 دون سبب: %2</translation>
    </message>
    <message>
        <source>Status moved from %1 to %2.</source>
        <translation>تغيّرت الحالة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>the operation is %1 now, no longer %2: the move to %2 cannot be taken back</source>
        <translation>العملية الآن %1 ولم تعد %2: لا يمكن التراجع عن الانتقال إلى %2</translation>
    </message>
    <message>
        <source>Only a lead takes back an approval or its withdrawal.</source>
        <translation>لا يتراجع عن الموافقة أو عن سحبها إلا مسؤول.</translation>
    </message>
    <message>
        <source>Only a lead takes back a closing or a reopening.</source>
        <translation>لا يتراجع عن الإغلاق أو عن إعادة الفتح إلا مسؤول.</translation>
    </message>
    <message>
        <source>Move from %1 to %2 taken back (undo).</source>
        <translation>تم التراجع عن الانتقال من %1 إلى %2 (تراجع).</translation>
    </message>
    <message>
        <source>taken back (undo)</source>
        <translation>تم التراجع (تراجع)</translation>
    </message>
</context>
<context>
    <name>tandem::OperationsView</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Open the plan</source>
        <translation>&amp;فتح الخطة</translation>
    </message>
    <message>
        <source>A new operation, as a draft (Ctrl+Shift+N or Insert)</source>
        <translation>عملية جديدة، كمسودة (Ctrl+Shift+N أو Insert)</translation>
    </message>
    <message>
        <source>A new draft with the plan, targets, assignments and timeline of the selected operation, a week or more later (Ctrl+D)</source>
        <translation>مسودة جديدة بخطة العملية المحددة وأهدافها وتكليفاتها وجدولها الزمني، بعد أسبوع أو أكثر (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected operation, with its targets, assignments, timeline and log (Delete)</source>
        <translation>حذف العملية المحددة مع أهدافها وتكليفاتها وجدولها الزمني وسجلها (Delete)</translation>
    </message>
    <message>
        <source>Open the plan of the selected operation (Enter or double-click)</source>
        <translation>فتح خطة العملية المحددة (Enter أو النقر المزدوج)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>None of %L1 operations match</source>
        <translation>لا توجد عملية مطابقة من أصل %L1</translation>
    </message>
    <message>
        <source>%L1 of %L2 operations</source>
        <translation>العمليات: %L1 من أصل %L2</translation>
    </message>
    <message>
        <source>No operations yet</source>
        <translation>لا توجد عمليات بعد</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>عملية واحدة</translation>
    </message>
    <message>
        <source>%L1 operations</source>
        <translation>عدد العمليات: %L1</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>عملية جديدة</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>تكرار «%1»</translation>
    </message>
    <message>
        <source>Duplicate Operation</source>
        <translation>تكرار العملية</translation>
    </message>
    <message>
        <source>The operation could not be duplicated.</source>
        <translation>تعذر تكرار العملية.</translation>
    </message>
    <message>
        <source>Delete Operation</source>
        <translation>حذف العملية</translation>
    </message>
    <message>
        <source>Delete the operation “%1”?</source>
        <translation>هل تريد حذف العملية «%1»؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>The operation could not be deleted.</source>
        <translation>تعذر حذف العملية.</translation>
    </message>
    <message>
        <source>Targets: %L1</source>
        <translation>الأهداف: %L1</translation>
    </message>
    <message>
        <source>Agency assignments: %L1</source>
        <translation>تكليفات الجهات: %L1</translation>
    </message>
    <message>
        <source>Timeline tasks: %L1</source>
        <translation>مهام الجدول الزمني: %L1</translation>
    </message>
    <message>
        <source>Log notes: %L1</source>
        <translation>ملاحظات السجل: %L1</translation>
    </message>
    <message>
        <source>Follow-up action items: %L1</source>
        <translation>بنود عمل المتابعة: %L1</translation>
    </message>
    <message>
        <source>Agencies&apos; feedback: %L1</source>
        <translation>ملاحظات الجهات: %L1</translation>
    </message>
    <message>
        <source>Survivors recorded under it: %L1 (they stay, with their checklists, without the operation)</source>
        <translation>الناجون المسجلون ضمنها: %L1 (يبقون، مع قوائم التحقق الخاصة بهم، دون العملية)</translation>
    </message>
    <message>
        <source>Tips linked to it: %L1 (they stay, unlinked)</source>
        <translation>البلاغات المرتبطة بها: %L1 (تبقى، دون ربط)</translation>
    </message>
    <message>
        <source>It holds nothing yet. Undo (Ctrl+Z) brings it back.</source>
        <translation>لا تحتوي على شيء بعد. التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>Delete the operation “%1” (%2) and everything recorded in it?</source>
        <translation>هل تريد حذف العملية «%1» (%2) وكل ما سُجّل فيها؟</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back while this file stays open.</source>
        <translation>التراجع (Ctrl+Z) يعيد كل ذلك ما دام هذا الملف مفتوحًا.</translation>
    </message>
</context>
<context>
    <name>tandem::PartnerModel</name>
    <message>
        <source>The partner offices could not be read: %1</source>
        <translation>تعذرت قراءة المكاتب الشريكة: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم يحدث بعد</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>%1 has merged this office&apos;s changes up to change number %2; an incremental export sends what came after.</source>
        <translation>دمج %1 تغييرات هذا المكتب حتى التغيير رقم %2؛ والتصدير التزايدي يرسل ما جاء بعده.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>موثوق به منذ</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>آخر تصدير</translation>
    </message>
    <message>
        <source>Last merge</source>
        <translation>آخر دمج</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تأكيد الاستلام</translation>
    </message>
</context>
<context>
    <name>tandem::Partners</name>
    <message>
        <source>this is this office&apos;s own card; give it to your partners and import theirs</source>
        <translation>هذه بطاقة هذا المكتب نفسه؛ أعطها لشركائك واستورد بطاقاتهم</translation>
    </message>
    <message>
        <source>the fingerprint given (%1) is not the one of this card (%2): the card was not trusted. Ask the office to read out the fingerprint of its new card again.</source>
        <translation>البصمة المعطاة (%1) ليست بصمة هذه البطاقة (%2): لم يُوثق بالبطاقة. اطلب من المكتب أن يقرأ بصمة بطاقته الجديدة مرة أخرى.</translation>
    </message>
    <message>
        <source>office &quot;%1&quot; (site %2) is already trusted with other keys (fingerprint %3); this card has fingerprint %4. Compare both with the office over the phone: a card with the same site and new keys may be forged. If the office has made new keys, replace its key by confirming the new fingerprint.</source>
        <translation>المكتب «%1» (الموقع %2) موثوق بالفعل بمفاتيح أخرى (البصمة %3)؛ بصمة هذه البطاقة %4. قارن البصمتين مع المكتب هاتفيًا: قد تكون البطاقة التي تحمل الموقع نفسه ومفاتيح جديدة مزوّرة. إن أنشأ المكتب مفاتيح جديدة، فاستبدل مفتاحه بتأكيد البصمة الجديدة.</translation>
    </message>
    <message>
        <source>office &quot;%1&quot; is known with other keys (fingerprint %2) than this card (fingerprint %3). Compare fingerprints with the office over the phone; if it has made new keys, confirm the new fingerprint to replace its key.</source>
        <translation>المكتب «%1» معروف بمفاتيح أخرى (البصمة %2) غير مفاتيح هذه البطاقة (البصمة %3). قارن البصمات مع المكتب هاتفيًا؛ إن أنشأ مفاتيح جديدة، فأكّد البصمة الجديدة لاستبدال مفتاحه.</translation>
    </message>
    <message>
        <source>new key, fingerprint %1, replaces fingerprint %2</source>
        <translation>مفتاح جديد، البصمة %1، يحل محل البصمة %2</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>البصمة %1</translation>
    </message>
    <message>
        <source>this is this office itself, not a partner</source>
        <translation>هذا هو المكتب نفسه، وليس شريكًا</translation>
    </message>
    <message>
        <source>not a trusted partner office</source>
        <translation>ليس مكتبًا شريكًا موثوقًا</translation>
    </message>
    <message>
        <source>fingerprint %1 no longer trusted</source>
        <translation>لم تعد البصمة %1 موثوقة</translation>
    </message>
    <message>
        <source>only a lead trusts or untrusts partner offices: %1</source>
        <translation>لا يمنح الثقة للمكاتب الشريكة أو يسحبها إلا مسؤول: %1</translation>
    </message>
    <message>
        <source>this bundle was written by this very file, not for it</source>
        <translation>هذه الحزمة كتبها هذا الملف نفسه، وليست موجهة إليه</translation>
    </message>
    <message>
        <source>the bundle comes from &quot;%1&quot;, a machine removed from this office on %2: a removed machine&apos;s changes are not taken any more</source>
        <translation>الحزمة واردة من «%1»، وهو جهاز أُزيل من هذا المكتب في %2: لم تعد تُقبل تغييرات جهاز مُزال</translation>
    </message>
    <message>
        <source>bundle sender is no longer trusted</source>
        <translation>مرسِل الحزمة لم يعد موثوقًا</translation>
    </message>
    <message>
        <source>bundle names another office for its sender than the one this file knows it by</source>
        <translation>الحزمة تذكر لمرسِلها مكتبًا غير المكتب الذي يعرفه به هذا الملف</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>تعذّرت قراءة المكاتب الشريكة</translation>
    </message>
    <message>
        <source>this is another machine of this office, not a partner: remove it from the office&apos;s machines instead</source>
        <translation>هذا جهاز آخر من أجهزة هذا المكتب، وليس شريكًا: أزِله من أجهزة المكتب بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseDialog</name>
    <message>
        <source>Office passphrase</source>
        <translation>عبارة مرور المكتب</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is long and easy to remember. Nobody can recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>بضع كلمات لا رابط بينها تصنع عبارة مرور طويلة وسهلة التذكر. لا يستطيع أحد استعادة عبارة مرور منسية: احفظها في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>tandem::People</name>
    <message>
        <source>Lead</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>مخطِّط</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>محلل</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <source>only a lead manages people: say who you are first</source>
        <translation>لا يدير الأشخاص إلا مسؤول: قل من أنت أولًا</translation>
    </message>
    <message>
        <source>%1 (%2) may not manage people: that is a lead&apos;s</source>
        <translation>لا يحق لـ %1 (%2) إدارة الأشخاص: هذا من شأن المسؤول</translation>
    </message>
    <message>
        <source>no person has the id %1</source>
        <translation>لا يوجد شخص بالمعرّف %1</translation>
    </message>
    <message>
        <source>%1 was removed from this office</source>
        <translation>أُزيل %1 من هذا المكتب</translation>
    </message>
    <message>
        <source>no person of this office is called &quot;%1&quot;</source>
        <translation>لا يوجد في هذا المكتب شخص اسمه &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this office has no people yet</source>
        <translation>ليس لهذا المكتب أشخاص بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n people use this file: say who you are (--as NAME or TANDEM_USER)</source>
        <translation>
            <numerusform>لا أحد (%n) يستخدم هذا الملف: قل من أنت (‎--as الاسم أو TANDEM_USER)</numerusform>
            <numerusform>شخص واحد (%n) يستخدم هذا الملف: قل من أنت (‎--as الاسم أو TANDEM_USER)</numerusform>
            <numerusform>شخصان (%n) يستخدمان هذا الملف: قل من أنت (‎--as الاسم أو TANDEM_USER)</numerusform>
            <numerusform>%n أشخاص يستخدمون هذا الملف: قل من أنت (‎--as الاسم أو TANDEM_USER)</numerusform>
            <numerusform>%n شخصًا يستخدمون هذا الملف: قل من أنت (‎--as الاسم أو TANDEM_USER)</numerusform>
            <numerusform>%n شخص يستخدمون هذا الملف: قل من أنت (‎--as الاسم أو TANDEM_USER)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from this office: their passphrase opens nothing</source>
        <translation>أُزيل %1 من هذا المكتب: عبارة مروره لا تفتح شيئًا</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>عبارة مرور خاطئة لـ %1</translation>
    </message>
    <message>
        <source>%1 (%2) may not change %3</source>
        <translation>لا يحق لـ %1 (%2) تعديل %3</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>يحتاج الشخص إلى اسم</translation>
    </message>
    <message>
        <source>a person needs at least one role: %1</source>
        <translation>يحتاج الشخص إلى دور واحد على الأقل: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are: %2</source>
        <translation>&quot;%1&quot; ليس دورًا؛ الأدوار هي: %2</translation>
    </message>
    <message>
        <source>this office already has a person called &quot;%1&quot;</source>
        <translation>في هذا المكتب بالفعل شخص اسمه &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no agency has the id %1</source>
        <translation>لا توجد جهة بالمعرّف %1</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>لا يمنح هذا الحق إلا شخص يحق له قراءة الهويات</translation>
    </message>
    <message>
        <source>%1 was removed already</source>
        <translation>أُزيل %1 من قبل</translation>
    </message>
    <message>
        <source>you cannot remove yourself: another lead can</source>
        <translation>لا يمكنك إزالة نفسك: يستطيع ذلك مسؤول آخر</translation>
    </message>
    <message>
        <source>%1 is the last lead of this office</source>
        <translation>%1 هو آخر مسؤول في هذا المكتب</translation>
    </message>
</context>
<context>
    <name>tandem::PeopleDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>The people of this office. Each has a passphrase of their own; what they change is recorded in their name.</source>
        <translation>أشخاص هذا المكتب. لكل منهم عبارة مرور خاصة؛ وما يغيّره يُسجَّل باسمه.</translation>
    </message>
    <message>
        <source>The people of this office. Only a lead adds or removes people.</source>
        <translation>أشخاص هذا المكتب. لا يضيف الأشخاص أو يزيلهم إلا مسؤول.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Opens identities</source>
        <translation>يفتح الهويات</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>تعذرت قراءة الأشخاص.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (أنت)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Adding a person wraps the office keys for them.</source>
        <translation>إضافة شخص تغلّف مفاتيح المكتب له.</translation>
    </message>
    <message>
        <source>The person could not be removed.</source>
        <translation>تعذرت إزالة الشخص.</translation>
    </message>
    <message>
        <source>Remove a Person</source>
        <translation>إزالة شخص</translation>
    </message>
    <message>
        <source>Remove %1 from this office?</source>
        <translation>إزالة %1 من هذا المكتب؟</translation>
    </message>
    <message>
        <source>Their passphrase will open nothing from now on. What they did stays recorded in their name.</source>
        <translation>لن تفتح عبارة مروره شيئًا من الآن. ويبقى ما فعله مسجّلًا باسمه.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>tandem::PickerSources</name>
    <message>
        <source>The only open operation does not match</source>
        <translation>العملية المفتوحة الوحيدة لا تطابق البحث</translation>
    </message>
    <message>
        <source>The only open operation</source>
        <translation>العملية المفتوحة الوحيدة</translation>
    </message>
    <message>
        <source>%L1 open operations</source>
        <translation>العمليات المفتوحة: %L1</translation>
    </message>
    <message>
        <source>None of the %L1 open operations match</source>
        <translation>لا شيء يطابق البحث من العمليات المفتوحة (%L1)</translation>
    </message>
    <message>
        <source>%L1 of %L2 open operations</source>
        <translation>العمليات المفتوحة: %L1 من %L2</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>لم يُحدَّد مكان</translation>
    </message>
    <message>
        <source>The only open tip does not match</source>
        <translation>البلاغ المفتوح الوحيد لا يطابق البحث</translation>
    </message>
    <message>
        <source>The only open tip</source>
        <translation>البلاغ المفتوح الوحيد</translation>
    </message>
    <message>
        <source>%L1 open tips</source>
        <translation>البلاغات المفتوحة: %L1</translation>
    </message>
    <message>
        <source>None of the %L1 open tips match</source>
        <translation>لا شيء يطابق البحث من البلاغات المفتوحة (%L1)</translation>
    </message>
    <message>
        <source>%L1 of %L2 open tips</source>
        <translation>البلاغات المفتوحة: %L1 من %L2</translation>
    </message>
    <message>
        <source>The only service does not match</source>
        <translation>الخدمة الوحيدة لا تطابق</translation>
    </message>
    <message>
        <source>The only service</source>
        <translation>الخدمة الوحيدة</translation>
    </message>
    <message>
        <source>All %L1 services</source>
        <translation>كل الخدمات (%L1)</translation>
    </message>
    <message>
        <source>None of the %L1 services match</source>
        <translation>لا تطابق أي من الخدمات (%L1)</translation>
    </message>
    <message>
        <source>%L1 of %L2 services</source>
        <translation>%L1 من %L2 خدمة</translation>
    </message>
    <message>
        <source>capacity %L1</source>
        <translation>السعة %L1</translation>
    </message>
    <message>
        <source>accepts minors</source>
        <translation>تقبل القاصرين</translation>
    </message>
    <message>
        <source>adults only</source>
        <translation>للبالغين فقط</translation>
    </message>
</context>
<context>
    <name>tandem::PlanBanners</name>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Approve Again</source>
        <translation>الموافقة من جديد</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>إعادة الفتح…</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>New</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>التغييرات منذ الموافقة</translation>
    </message>
    <message>
        <source>Approve the plan as it is now, so that it can be briefed and started</source>
        <translation>الموافقة على الخطة كما هي الآن لتقديم الإحاطة وبدء العملية</translation>
    </message>
    <message>
        <source>Reopen the operation to change it; a lead does, with a reason</source>
        <translation>إعادة فتح العملية لتعديلها؛ يفعل ذلك مسؤول مع ذكر السبب</translation>
    </message>
    <message>
        <source>Closed — reopen to change. The plan, its targets, assignments, timeline and log are read only.</source>
        <translation>مغلقة — أعد فتحها لتعديلها. الخطة وأهدافها ومهامها المسندة وجدولها الزمني وسجلها للقراءة فقط.</translation>
    </message>
    <message>
        <source>Changed since approval.</source>
        <translation>تغيّرت منذ الموافقة.</translation>
    </message>
    <message>
        <source>Changed since approval by %1 on %2.</source>
        <translation>تغيّرت منذ موافقة %1 في %2.</translation>
    </message>
    <message>
        <source>Changed since approval by %1.</source>
        <translation>تغيّرت منذ موافقة %1.</translation>
    </message>
    <message>
        <source>The plan must be approved again before it is briefed or started (1 change).</source>
        <translation>يجب الموافقة على الخطة من جديد قبل الإحاطة أو البدء (تغيير واحد).</translation>
    </message>
    <message numerus="yes">
        <source>The plan must be approved again before it is briefed or started (%n changes).</source>
        <translation>
            <numerusform>يجب الموافقة على الخطة من جديد قبل الإحاطة أو البدء (%n تغيير).</numerusform>
            <numerusform>يجب الموافقة على الخطة من جديد قبل الإحاطة أو البدء (تغيير واحد).</numerusform>
            <numerusform>يجب الموافقة على الخطة من جديد قبل الإحاطة أو البدء (تغييران).</numerusform>
            <numerusform>يجب الموافقة على الخطة من جديد قبل الإحاطة أو البدء (%n تغييرات).</numerusform>
            <numerusform>يجب الموافقة على الخطة من جديد قبل الإحاطة أو البدء (%n تغييرًا).</numerusform>
            <numerusform>يجب الموافقة على الخطة من جديد قبل الإحاطة أو البدء (%n تغيير).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::PlanGate</name>
    <message>
        <source>operation %1 is closed; a lead reopens it (tandem-cli move DB %2 completed --reason T)</source>
        <translation>العملية %1 مغلقة؛ يعيد فتحها مسؤول (tandem-cli move DB %2 completed --reason T)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>a record type and its name</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 added</source>
        <comment>a record added to a plan</comment>
        <translation>%1: أُضيف</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <comment>a record deleted from a plan</comment>
        <translation>%1: حُذف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a record and one of its fields</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the changes to an approved plan are recorded by Tandem as they are made, never added by hand</source>
        <translation>يسجّل Tandem تغييرات الخطة الموافق عليها عند إجرائها، ولا تُضاف يدويًا أبدًا</translation>
    </message>
    <message>
        <source>a recorded change to an approved plan is kept as it was written</source>
        <translation>يبقى التغيير المسجَّل على خطة موافق عليها كما كُتب</translation>
    </message>
    <message>
        <source>a recorded change to an approved plan is deleted only with its operation</source>
        <translation>لا يُحذف التغيير المسجَّل على خطة موافق عليها إلا مع عمليته</translation>
    </message>
</context>
<context>
    <name>tandem::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Lock the office keys after</source>
        <translation>قفل مفاتيح المكتب بعد</translation>
    </message>
    <message>
        <source>%1 minutes unused</source>
        <translation>%1 دقيقة دون استخدام</translation>
    </message>
    <message>
        <source>While the office keys are unlocked, survivors&apos; identifying details can be read and bundles signed without the passphrase. Tandem locks them again when they have not been used for this long, and whenever you choose Security ▸ Lock.</source>
        <translation>ما دامت مفاتيح المكتب غير مقفلة، يمكن قراءة البيانات المُعرِّفة للناجين وتوقيع الحزم دون عبارة المرور. يقفلها Tandem مجددًا إذا لم تُستخدم طوال هذه المدة، وكلما اخترت الأمان ◂ قفل مفاتيح المكتب.</translation>
    </message>
    <message>
        <source>Office keys</source>
        <translation>مفاتيح المكتب</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>ال&amp;قفل بعد:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>&amp;لغة النافذة:</translation>
    </message>
    <message>
        <source>&amp;Back up routinely: when a file is opened (once a day) and when it is closed after changes</source>
        <translation>&amp;نسخ احتياطي دوري: عند فتح ملف (مرة في اليوم) وعند إغلاقه بعد تغييرات</translation>
    </message>
    <message>
        <source>Backups kept per file</source>
        <translation>النسخ الاحتياطية المحفوظة لكل ملف</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;الاحتفاظ بأحدث:</translation>
    </message>
    <message>
        <source>backups of each file</source>
        <translation>نسخ احتياطية لكل ملف</translation>
    </message>
    <message>
        <source>Backups go to a folder beside the file, readable by you only. Tandem also backs up before every merge and every restore; File ▸ Back Up Now makes one at any time, File ▸ Restore from Backup goes back to one.</source>
        <translation>تُحفظ النسخ الاحتياطية في مجلد بجانب الملف، لا يقرؤه سواك. يأخذ Tandem أيضًا نسخة قبل كل دمج وكل استعادة؛ ملف ▸ نسخ احتياطي الآن يأخذ نسخة في أي وقت، وملف ▸ الاستعادة من نسخة احتياطية يعود إلى إحداها.</translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation>اللغة والتواريخ</translation>
    </message>
    <message>
        <source>Numbers and the names of months follow it. It applies the next time Tandem starts.</source>
        <translation>تتبعها الأرقام وأسماء الأشهر. تُطبَّق في المرة التالية التي يبدأ فيها Tandem.</translation>
    </message>
    <message>
        <source>Day month year: %1</source>
        <translation>يوم شهر سنة: %1</translation>
    </message>
    <message>
        <source>ISO 8601: %1</source>
        <translation>ISO 8601: %1</translation>
    </message>
    <message>
        <source>As the system writes them: %1</source>
        <translation>كما يكتبها النظام: %1</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>ال&amp;تواريخ والأوقات:</translation>
    </message>
    <message>
        <source>In every list, form, report and export. It applies at once.</source>
        <translation>في كل قائمة ونموذج وتقرير وتصدير. تُطبَّق فورًا.</translation>
    </message>
    <message>
        <source>Where new records of this file go</source>
        <translation>إلى أين تذهب السجلات الجديدة في هذا الملف</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>New %1 go to</source>
        <translation>تذهب السجلات الجديدة من %1 إلى</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>For this file: what a new record is shared with unless you choose otherwise on the record. A sharing group is chosen on each record.</source>
        <translation>لهذا الملف: مع من يُشارَك السجل الجديد ما لم تختر غير ذلك في السجل. تُختار مجموعة المشاركة في كل سجل.</translation>
    </message>
    <message>
        <source>Only a lead of the office changes these: %1</source>
        <translation>لا يغيّر هذه إلا مسؤول في المكتب: %1</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>ال&amp;مشاركة</translation>
    </message>
    <message>
        <source>How long survivors&apos; identities are kept</source>
        <translation>مدة الاحتفاظ بهويات الناجين</translation>
    </message>
    <message>
        <source>Until erased by hand</source>
        <translation>حتى تُمحى يدويًا</translation>
    </message>
    <message>
        <source> months after the case closed</source>
        <translation> شهرًا بعد إغلاق الحالة</translation>
    </message>
    <message>
        <source>Erase identities</source>
        <translation>محو الهويات</translation>
    </message>
    <message>
        <source>&amp;Erase identities:</source>
        <translation>ا&amp;محُ الهويات:</translation>
    </message>
    <message>
        <source>When the operation of a survivor closed longer ago than this, and no consent of theirs is active and no step of their checklist is open, Today lists their identity as due for erasure.</source>
        <translation>عندما تكون عملية الناجي قد أُغلقت منذ مدة أطول من هذه، ولا توجد موافقة سارية ولا خطوة مفتوحة، يعرض «اليوم» هويته على أنها مستحقة للمحو.</translation>
    </message>
    <message>
        <source>Only a lead of the office changes this: %1</source>
        <translation>لا يغيّر هذا إلا مسؤول في المكتب: %1</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> م.ب</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>أكبر ملف</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>أ&amp;كبر ملف:</translation>
    </message>
    <message>
        <source>A larger file is refused when it is attached. Every file goes into the office&apos;s file and into the bundles of each partner its record goes to.</source>
        <translation>يُرفض الملف الأكبر عند إرفاقه. يدخل كل ملف في ملف المكتب وفي حزم كل شريك يذهب إليه سجله.</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolEditor</name>
    <message>
        <source>Add Step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>إزالة خطوة</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Up)</source>
        <translation>أو اسحب الخطوة إلى مكانها (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Down)</source>
        <translation>أو اسحب الخطوة إلى مكانها (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>التخلي عن التغييرات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>What changed in this version, and why</source>
        <translation>ما الذي تغيّر في هذا الإصدار، ولماذا</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>الولاية القضائية:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>من قِبل</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>المراجعة التالية:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>ما الذي تغيّر:</translation>
    </message>
    <message>
        <source>The protocol could not be read.</source>
        <translation>تعذرت قراءة البروتوكول.</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>بروتوكول جديد</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>الخطوة الأولى</translation>
    </message>
    <message>
        <source>The protocol could not be saved.</source>
        <translation>تعذر حفظ البروتوكول.</translation>
    </message>
    <message>
        <source>the next review must be a date written yyyy-mm-dd, not &quot;%1&quot;</source>
        <translation>يجب أن تكون المراجعة التالية تاريخًا مكتوبًا بالصيغة yyyy-mm-dd، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Select a protocol to edit it, or start a new one.</source>
        <translation>اختر بروتوكولًا لتعديله، أو ابدأ بروتوكولًا جديدًا.</translation>
    </message>
    <message>
        <source>A new protocol. Once saved, it is in force: survivors whose rescue time is set after that get its steps.</source>
        <translation>بروتوكول جديد. بمجرد حفظه يصبح ساريًا: الناجون الذين يُحدَّد وقت إنقاذهم بعد ذلك يحصلون على خطواته.</translation>
    </message>
    <message>
        <source>This protocol could not be read.</source>
        <translation>تعذرت قراءة هذا البروتوكول.</translation>
    </message>
    <message>
        <source>Version %1 · in force.</source>
        <translation>الإصدار %1 · ساري المفعول.</translation>
    </message>
    <message>
        <source>Version %1 · retired: no new checklist follows it.</source>
        <translation>الإصدار %1 · موقوف العمل به: لا تتبعه أي قائمة تحقق جديدة.</translation>
    </message>
    <message>
        <source>1 survivor follows this version.</source>
        <translation>يتبع ناجٍ واحد هذا الإصدار.</translation>
    </message>
    <message>
        <source>Saving a change makes a new version; they keep this one.</source>
        <translation>حفظ أي تغيير ينشئ إصدارًا جديدًا؛ ويبقى الناجون الذين يتبعونه على هذا الإصدار.</translation>
    </message>
    <message>
        <source>It ships with Tandem and partner offices may follow it, so saving a change makes a new version.</source>
        <translation>يأتي مع Tandem وقد تتبعه المكاتب الشريكة، لذا فإن حفظ أي تغيير ينشئ إصدارًا جديدًا.</translation>
    </message>
    <message>
        <source>No survivor follows it yet: saving changes this version.</source>
        <translation>لا يتبعه أي ناجٍ بعد: الحفظ يغيّر هذا الإصدار نفسه.</translation>
    </message>
    <message>
        <source> and %L1 more</source>
        <translation> و%L1 غيرهم</translation>
    </message>
    <message>
        <source>Followed by: %1</source>
        <translation>يتبعه: %1</translation>
    </message>
    <message>
        <source>New step %1</source>
        <translation>خطوة جديدة %1</translation>
    </message>
    <message>
        <source>Version %1 · retired (%2): no new checklist follows it.</source>
        <translation>النسخة %1 · موقوف العمل بها (%2): لا تتبعها أي قائمة تحقق جديدة.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة التالية</translation>
    </message>
    <message>
        <source>Next review by</source>
        <translation>المراجعة التالية بواسطة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors follow this version.</source>
        <translation>
            <numerusform>لا ناجين يتبعون هذا الإصدار.</numerusform>
            <numerusform>ناجٍ واحد يتبع هذا الإصدار.</numerusform>
            <numerusform>ناجيان يتبعان هذا الإصدار.</numerusform>
            <numerusform>%Ln ناجين يتبعون هذا الإصدار.</numerusform>
            <numerusform>%Ln ناجيًا يتبعون هذا الإصدار.</numerusform>
            <numerusform>%Ln ناجٍ يتبعون هذا الإصدار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolFile</name>
    <message>
        <source>unknown field &quot;%1&quot;; the fields are: %2</source>
        <translation>الحقل &quot;%1&quot; غير معروف؛ الحقول هي: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; مفقود</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>يجب أن يكون &quot;%1&quot; نصًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single line</source>
        <translation>يجب أن يكون &quot;%1&quot; سطرًا واحدًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; فارغ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; صوابًا أو خطأً (true أو false)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>يجب أن يكون &quot;%1&quot; عددًا صحيحًا من %2 إلى %3</translation>
    </message>
    <message>
        <source>step %1: a step must be a JSON object</source>
        <translation>الخطوة %1: يجب أن تكون الخطوة كائن JSON</translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>الخطوة %1: </translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): </source>
        <translation>الخطوة %1 (&quot;%2&quot;): </translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be lower-case letters, digits and underscores, starting with a letter (at most 64)</source>
        <translation>يجب أن يتكوّن المفتاح &quot;%1&quot; من أحرف لاتينية صغيرة وأرقام وشرطات سفلية، وأن يبدأ بحرف (64 حرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>the title is longer than 1,000 characters</source>
        <translation>العنوان أطول من 1,000 حرف</translation>
    </message>
    <message>
        <source>unknown owner role &quot;%1&quot;; the roles are: %2</source>
        <translation>دور المسؤول &quot;%1&quot; غير معروف؛ الأدوار هي: %2</translation>
    </message>
    <message>
        <source>unknown applies_to &quot;%1&quot;; it is one of: %2</source>
        <translation>قيمة applies_to &quot;%1&quot; غير معروفة؛ القيم الممكنة: %2</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is not an offset; write +&lt;number&gt; then m, h or d (e.g. +90m, +24h, +30d), or before_first_interview</source>
        <translation>قيمة due &quot;%1&quot; ليست إزاحة زمنية؛ اكتب +&lt;number&gt; (رقمًا) متبوعًا بـ m أو h أو d (مثل +90m أو +24h أو +30d)، أو before_first_interview</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is negative; a step is due after the rescue (T0), not before it</source>
        <translation>قيمة due &quot;%1&quot; سالبة؛ تستحق الخطوة بعد الإنقاذ (T0)، لا قبله</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is more than 366 days after the rescue</source>
        <translation>قيمة due &quot;%1&quot; تتجاوز 366 يومًا بعد الإنقاذ</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>JSON غير صالح: %1 في السطر %2، العمود %3 (إزاحة البايت %4)</translation>
    </message>
    <message>
        <source>not a protocol: the file must hold one JSON object</source>
        <translation>ليس بروتوكولًا: يجب أن يحتوي الملف على كائن JSON واحد</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a protocol file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>&quot;format&quot; مفقود؛ يبدأ ملف البروتوكول بـ &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; this version of Tandem reads &quot;%2&quot;</source>
        <translation>الصيغة &quot;%1&quot; غير معروفة؛ هذا الإصدار من Tandem يقرأ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;family&quot; is not an id: &quot;%1&quot;</source>
        <translation>&quot;family&quot; ليس معرِّفًا: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;next_review&quot; must be a date as yyyy-mm-dd, got &quot;%1&quot;</source>
        <translation>يجب أن يكون &quot;next_review&quot; تاريخًا بالصيغة yyyy-mm-dd، والقيمة المعطاة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing</source>
        <translation>&quot;steps&quot; مفقود</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list</source>
        <translation>يجب أن يكون &quot;steps&quot; قائمة</translation>
    </message>
    <message>
        <source>the protocol has no steps</source>
        <translation>البروتوكول لا يحتوي على أي خطوة</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used by an earlier step</source>
        <translation>المفتاح &quot;%1&quot; مستخدم في خطوة سابقة</translation>
    </message>
    <message>
        <source>the same title as step %1</source>
        <translation>العنوان نفسه الذي للخطوة %1</translation>
    </message>
    <message>
        <source>the file is larger than a protocol file can be (%1 KiB at most)</source>
        <translation>الملف أكبر مما يمكن أن يكون عليه ملف بروتوكول (%1 كيلوبايت على الأكثر)</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolListModel</name>
    <message>
        <source>The protocols could not be read: %1</source>
        <translation>تعذرت قراءة البروتوكولات: %1</translation>
    </message>
    <message>
        <source>1 survivor follows this version</source>
        <translation>يتبع ناجٍ واحد هذا الإصدار</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>يتبعه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors follow this version</source>
        <translation>
            <numerusform>لا ناجين يتبعون هذا الإصدار</numerusform>
            <numerusform>ناجٍ واحد يتبع هذا الإصدار</numerusform>
            <numerusform>ناجيان يتبعان هذا الإصدار</numerusform>
            <numerusform>%Ln ناجين يتبعون هذا الإصدار</numerusform>
            <numerusform>%Ln ناجيًا يتبعون هذا الإصدار</numerusform>
            <numerusform>%Ln ناجٍ يتبعون هذا الإصدار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepForm</name>
    <message>
        <source>Selected step</source>
        <translation>الخطوة المحددة</translation>
    </message>
    <message>
        <source>Mandatory: an operation cannot be closed while it is open</source>
        <translation>إلزامية: لا يمكن إغلاق العملية ما دامت هذه الخطوة مفتوحة</translation>
    </message>
    <message>
        <source>What to do and how, in plain words, and the source (law, convention, guideline)</source>
        <translation>ما يجب فعله وكيف، بكلمات بسيطة، مع المصدر (قانون، اتفاقية، مبدأ توجيهي)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>الإرشادات:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>موعد الاستحقاق:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>تنطبق على:</translation>
    </message>
    <message>
        <source>Due, how many</source>
        <translation>الموعد، كم</translation>
    </message>
    <message>
        <source>Due, in hours or days</source>
        <translation>الموعد، بالساعات أو الأيام</translation>
    </message>
    <message>
        <source>Due, counted from</source>
        <translation>الموعد، محسوبًا من</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepModel</name>
    <message>
        <source>Before the first interview</source>
        <translation>قبل المقابلة الأولى</translation>
    </message>
    <message>
        <source>%1 d after T0</source>
        <translation>%1 يوم بعد T0</translation>
    </message>
    <message>
        <source>%1 h after T0</source>
        <translation>%1 ساعة بعد T0</translation>
    </message>
    <message>
        <source>%1 min after T0</source>
        <translation>%1 دقيقة بعد T0</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>إلزامية</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختيارية</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>تنطبق على</translation>
    </message>
</context>
<context>
    <name>tandem::Protocols</name>
    <message>
        <source>the protocol has no steps</source>
        <translation>البروتوكول لا يحتوي على أي خطوة</translation>
    </message>
    <message>
        <source>version %1 of this protocol was deleted from this database; give the file a higher version to import it again</source>
        <translation>حُذف الإصدار %1 من هذا البروتوكول من قاعدة البيانات هذه؛ امنح الملف رقم إصدار أعلى لاستيراده مجددًا</translation>
    </message>
    <message>
        <source>version %1 of this protocol is already in this database (&quot;%2&quot;)</source>
        <translation>الإصدار %1 من هذا البروتوكول موجود بالفعل في قاعدة البيانات هذه (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): %3</source>
        <translation>الخطوة %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>this protocol was deleted</source>
        <translation>حُذف هذا البروتوكول</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: the due offset is negative; a step is due after the rescue (T0), not before it</source>
        <translation>الخطوة &quot;%1&quot;: إزاحة الاستحقاق سالبة؛ تستحق الخطوة بعد الإنقاذ (T0)، لا قبله</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): </source>
        <translation>الخطوة %1 (&quot;%2&quot;): </translation>
    </message>
    <message>
        <source>new protocol</source>
        <translation>بروتوكول جديد</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; a protocol is active or retired</source>
        <translation>الحالة &quot;%1&quot; غير معروفة؛ البروتوكول إما active (نشط) أو retired (موقوف)</translation>
    </message>
    <message>
        <source>version %1 is in force</source>
        <translation>النسخة %1 سارية</translation>
    </message>
    <message>
        <source>replaced by version %1</source>
        <translation>حلّت محلها النسخة %1</translation>
    </message>
    <message>
        <source>version %1 was made active instead</source>
        <translation>فُعّلت النسخة %1 بدلًا منها</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolsView</name>
    <message>
        <source>New Protocol</source>
        <translation>بروتوكول جديد</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إيقاف العمل به</translation>
    </message>
    <message>
        <source>Add a protocol from a protocol file (JSON)</source>
        <translation>إضافة بروتوكول من ملف بروتوكول (JSON)</translation>
    </message>
    <message>
        <source>Write the selected version as a protocol file (JSON) to share or keep</source>
        <translation>كتابة الإصدار المحدد في ملف بروتوكول (JSON) لمشاركته أو الاحتفاظ به</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>إصدار واحد</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>البروتوكولات</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>هل تريد حفظ التغييرات على «%1»؟</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>ستضيع تغييراتك إن لم تحفظها.</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>No new checklist follows this version; existing ones keep it</source>
        <translation>لن تتبع أي قائمة تحقق جديدة هذا الإصدار؛ وتبقى القوائم الحالية عليه</translation>
    </message>
    <message>
        <source>New checklists follow this version again (other versions are retired)</source>
        <translation>تتبع قوائم التحقق الجديدة هذا الإصدار مجددًا (ويُوقف العمل بالإصدارات الأخرى)</translation>
    </message>
    <message>
        <source>Import Protocol</source>
        <translation>استيراد بروتوكول</translation>
    </message>
    <message>
        <source>Protocol files (*.json);;All files (*)</source>
        <translation>ملفات البروتوكول (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The protocol could not be imported.</source>
        <translation>تعذر استيراد البروتوكول.</translation>
    </message>
    <message>
        <source>The protocol could not be exported.</source>
        <translation>تعذر تصدير البروتوكول.</translation>
    </message>
    <message>
        <source>Export Protocol</source>
        <translation>تصدير بروتوكول</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>ملفات البروتوكول (*.json)</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was written to %3.</source>
        <translation>كُتب الإصدار %1 من «%2» في %3.</translation>
    </message>
    <message>
        <source>The protocol&apos;s status could not be changed.</source>
        <translation>تعذر تغيير حالة البروتوكول.</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>إيقاف العمل…</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is now in force.</source>
        <translation>النسخة %1 من «%2» سارية الآن.</translation>
    </message>
    <message>
        <source>Retired, as replaced by it: version %1. Survivors whose checklists were made from it keep their steps.</source>
        <translation>أُوقف العمل بها لأنها حلّت محلها: النسخة %1. يحتفظ الناجون الذين أُعدّت قوائم التحقق الخاصة بهم منها بخطواتهم.</translation>
    </message>
    <message>
        <source>No new checklist follows it.</source>
        <translation>لن تتبعها أي قائمة تحقق جديدة.</translation>
    </message>
    <message>
        <source>The survivor whose checklist was made from it keeps its steps.</source>
        <translation>يحتفظ الناجي الذي أُعدّت قائمة التحقق الخاصة به منها بخطواتها.</translation>
    </message>
    <message>
        <source>The %L1 survivors whose checklists were made from it keep their steps.</source>
        <translation>يحتفظ الناجون الـ %L1 الذين أُعدّت قوائم التحقق الخاصة بهم منها بخطواتهم.</translation>
    </message>
    <message>
        <source>Retire Protocol</source>
        <translation>إيقاف العمل بالبروتوكول</translation>
    </message>
    <message>
        <source>Retire version %1 of “%2”?</source>
        <translation>هل تريد إيقاف العمل بالنسخة %1 من «%2»؟</translation>
    </message>
    <message>
        <source>&amp;Why it is retired:</source>
        <translation>&amp;سبب الإيقاف:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln versions</source>
        <translation>
            <numerusform>لا إصدارات</numerusform>
            <numerusform>إصدار واحد</numerusform>
            <numerusform>إصداران</numerusform>
            <numerusform>%Ln إصدارات</numerusform>
            <numerusform>%Ln إصدارًا</numerusform>
            <numerusform>%Ln إصدار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RangeSpinBox</name>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>tandem::ReasonDialog</name>
    <message>
        <source>Required: it is recorded with it and shown</source>
        <translation>مطلوب: يُسجَّل معه ويُعرض</translation>
    </message>
    <message>
        <source>Declined by the Survivor</source>
        <translation>رفضها الناجي</translation>
    </message>
    <message>
        <source>Record that %1 declined “%2”?</source>
        <translation>هل تريد تسجيل أن %1 رفض «%2»؟</translation>
    </message>
    <message>
        <source>It is recorded as their choice, not as a step missed, and is no longer owed. Reopen brings it back.</source>
        <translation>يُسجَّل ذلك على أنه اختياره، لا خطوة فائتة، ولم تعد مستحقة. إعادة الفتح تعيدها.</translation>
    </message>
    <message>
        <source>&amp;Why they declined:</source>
        <translation>&amp;سبب الرفض:</translation>
    </message>
    <message>
        <source>Record the Decline</source>
        <translation>تسجيل الرفض</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>غير منطبقة</translation>
    </message>
    <message>
        <source>Mark “%1” as not applicable to %2?</source>
        <translation>هل تريد وسم «%1» على أنها غير منطبقة على %2؟</translation>
    </message>
    <message>
        <source>The step is no longer owed to them. Reopen brings it back.</source>
        <translation>لم تعد الخطوة مستحقة له. إعادة الفتح تعيدها.</translation>
    </message>
    <message>
        <source>&amp;Why it does not apply:</source>
        <translation>&amp;سبب عدم الانطباق:</translation>
    </message>
    <message>
        <source>Mark Not Applicable</source>
        <translation>وسم كغير منطبقة</translation>
    </message>
</context>
<context>
    <name>tandem::Recalls</name>
    <message>
        <source>another program is reading the file, so its journal could not be rewritten; close the other window and erase again</source>
        <translation>يقرأ برنامج آخر الملف، لذا تعذّرت إعادة كتابة سجلّه؛ أغلق النافذة الأخرى وأعد المحو</translation>
    </message>
    <message>
        <source>a backup could not be rewritten without the erased identity, so the erasure stays pending: %1</source>
        <translation>تعذّرت إعادة كتابة نسخة احتياطية دون الهوية الممحوّة، لذا يبقى المحو معلّقًا: %1</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>identity erased on a recall by %1 (%2): %3</source>
        <translation>مُحيت الهوية بناءً على استرجاع من %1 (%2): %3</translation>
    </message>
    <message>
        <source>the file is rewritten after the erasure is saved, not during it</source>
        <translation>يُعاد كتابة الملف بعد حفظ المحو، لا أثناءه</translation>
    </message>
    <message>
        <source>the file could not be rewritten without the erased identity, so the erasure stays pending: %1</source>
        <translation>تعذّرت إعادة كتابة الملف دون الهوية الممحوّة، لذا يبقى المحو معلّقًا: %1</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>the consent was deleted</source>
        <translation>حُذفت الموافقة</translation>
    </message>
</context>
<context>
    <name>tandem::RecordCommands</name>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>نوع سجل غير معروف</translation>
    </message>
    <message>
        <source>the edit has already ended</source>
        <translation>انتهى التعديل بالفعل</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>%1: choose an agency of the directory, or add “%2” to it.</source>
        <translation>%1: اختر جهة من الدليل، أو أضف «%2» إليه.</translation>
    </message>
    <message>
        <source>%1 is required; it was put back as it was.</source>
        <translation>الحقل «%1» مطلوب؛ وقد أُعيد إلى ما كان عليه.</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>لا يوجد ملف مفتوح</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <source>%1 was put back as it is stored: %2</source>
        <translation>أُعيد %1 كما هو محفوظ: %2</translation>
    </message>
    <message>
        <source>%1 is %2; “%3” was not taken.</source>
        <translation>يجب أن يكون %1 %2؛ لم تُقبل القيمة «%3».</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; the text had %3.</source>
        <translation>يقبل %1 %2 حرفًا على الأكثر؛ كان النص %3 حرفًا.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 entries; there were %3.</source>
        <translation>يقبل %1 %2 إدخالًا على الأكثر؛ كان هناك %3.</translation>
    </message>
    <message>
        <source>%1: what was chosen is not in this file; choose again.</source>
        <translation>%1: ما اختير ليس في هذا الملف؛ اختر من جديد.</translation>
    </message>
    <message>
        <source>%1: what was chosen was deleted meanwhile; choose again.</source>
        <translation>%1: حُذف ما اختير في الأثناء؛ اختر من جديد.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::RecordPicker</name>
    <message>
        <source>A search takes at most %L1 characters (that would have been %L2).</source>
        <translation>يقبل البحث %L1 حرفًا على الأكثر (وكان النص سيبلغ %L2).</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>تعذّرت قراءة القائمة: %1</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>لا يُبحث إلا عن أول %1 كلمة.</translation>
    </message>
</context>
<context>
    <name>tandem::Records</name>
    <message>
        <source>the field &quot;%1&quot; changes only through tandem-cli %2, which keeps its rules</source>
        <translation>الحقل «%1» لا يتغير إلا عبر tandem-cli %2 الذي يحافظ على قواعده</translation>
    </message>
    <message>
        <source>a new %1 starts with %2 &quot;%3&quot;; tandem-cli %4 changes it afterwards</source>
        <translation>يبدأ سجل %1 الجديد بـ %2 «%3»؛ ويغيّره tandem-cli %4 بعد ذلك</translation>
    </message>
</context>
<context>
    <name>tandem::ReferralAnswerDialog</name>
    <message>
        <source>&amp;Awaiting an answer</source>
        <translation>&amp;بانتظار الرد</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>م&amp;قبولة</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>م&amp;رفوضة</translation>
    </message>
    <message>
        <source>Answer to the Referral</source>
        <translation>الرد على الإحالة</translation>
    </message>
    <message>
        <source>As the service gave it, e.g. &quot;no bed free until Monday&quot;</source>
        <translation>كما قدمته الخدمة، مثل «لا يوجد سرير شاغر قبل الاثنين»</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>What came of the referral, e.g. &quot;placed on 12 May; moved on to housing&quot;</source>
        <translation>ما نتج عن الإحالة، مثل «استُقبلت في 12 مايو؛ ثم نُقلت إلى سكن»</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The answer of %1:</source>
        <translation>رد %1:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <source>A refusal is recorded with the reason the service gave.</source>
        <translation>يُسجَّل الرفض مع السبب الذي قدمته الخدمة.</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
</context>
<context>
    <name>tandem::ReferralBox</name>
    <message>
        <source>Accepts &amp;minors</source>
        <translation>تقبل ال&amp;قاصرين</translation>
    </message>
    <message>
        <source>Only services that take minors</source>
        <translation>الخدمات التي تقبل القاصرين فقط</translation>
    </message>
    <message>
        <source>Speaks the survivor&apos;s &amp;language</source>
        <translation>تتحدث &amp;لغة الناجي</translation>
    </message>
    <message>
        <source>No language is recorded for this survivor</source>
        <translation>لا توجد لغة مسجلة لهذا الناجي</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>تتحدث %1</translation>
    </message>
    <message>
        <source>Only services that speak one of the survivor&apos;s languages</source>
        <translation>الخدمات التي تتحدث إحدى لغات الناجي فقط</translation>
    </message>
    <message>
        <source>Has &amp;capacity</source>
        <translation>لديها &amp;سعة</translation>
    </message>
    <message>
        <source>Leaves out the services whose capacity is recorded as 0</source>
        <translation>تستبعد الخدمات المسجلة سعتها 0</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>إحالة…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>الرد…</translation>
    </message>
    <message>
        <source>Refer the survivor to a service of the directory, chosen by capacity, languages and whether it takes minors</source>
        <translation>أحِل الناجي إلى خدمة من الدليل، تُختار حسب السعة واللغات وقبول القاصرين</translation>
    </message>
    <message>
        <source>Record the service&apos;s answer (accepted, or refused and why) and the outcome</source>
        <translation>سجّل رد الخدمة (مقبولة، أو مرفوضة ولماذا) والنتيجة</translation>
    </message>
    <message>
        <source>Remove the referral</source>
        <translation>إزالة الإحالة</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>لم تتم الإحالة</translation>
    </message>
    <message>
        <source>(deleted service)</source>
        <translation>(خدمة محذوفة)</translation>
    </message>
    <message>
        <source>%1 — accepted %2</source>
        <translation>%1 — مقبولة في %2</translation>
    </message>
    <message>
        <source>%1 — refused %2: %3</source>
        <translation>%1 — مرفوضة في %2: %3</translation>
    </message>
    <message>
        <source>%1 — awaiting an answer</source>
        <translation>%1 — بانتظار الرد</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>The services could not be read.</source>
        <translation>تعذّرت قراءة الخدمات.</translation>
    </message>
    <message>
        <source>Refer to a service</source>
        <translation>الإحالة إلى خدمة</translation>
    </message>
    <message>
        <source>The directory has no services yet.</source>
        <translation>لا يحتوي الدليل على خدمات بعد.</translation>
    </message>
    <message>
        <source>Add the shelters, legal aid, counselling and other services in the Directory view first.</source>
        <translation>أضف أولًا دور الإيواء والمساعدة القانونية والإرشاد والخدمات الأخرى في عرض الدليل.</translation>
    </message>
    <message>
        <source>&amp;Service to refer the survivor to:</source>
        <translation>ال&amp;خدمة التي يُحال إليها الناجي:</translation>
    </message>
    <message>
        <source>Search names, kinds, notes…</source>
        <translation>ابحث في الأسماء والأنواع والملاحظات…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>البحث عن خدمات</translation>
    </message>
    <message>
        <source>Services, by name, with capacity, languages and whether they take minors</source>
        <translation>الخدمات حسب الاسم، مع السعة واللغات وقبول القاصرين</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>إ&amp;حالة</translation>
    </message>
    <message>
        <source>The referral could not be recorded.</source>
        <translation>تعذّر تسجيل الإحالة.</translation>
    </message>
    <message>
        <source>The answer could not be recorded.</source>
        <translation>تعذّر تسجيل الرد.</translation>
    </message>
    <message>
        <source>The referral could not be removed.</source>
        <translation>تعذّرت إزالة الإحالة.</translation>
    </message>
</context>
<context>
    <name>tandem::Referrals</name>
    <message>
        <source>this checklist step was deleted</source>
        <translation>حُذفت خطوة القائمة هذه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of service</source>
        <translation>«%1» ليس نوع خدمة</translation>
    </message>
    <message>
        <source>there is no service with this id in the directory</source>
        <translation>لا توجد خدمة بهذا المعرّف في الدليل</translation>
    </message>
    <message>
        <source>this service was deleted from the directory</source>
        <translation>حُذفت هذه الخدمة من الدليل</translation>
    </message>
    <message>
        <source>this step has no referral to answer; refer the survivor to a service first</source>
        <translation>لا توجد إحالة للرد عليها في هذه الخطوة؛ أحِل الناجي إلى خدمة أولًا</translation>
    </message>
    <message>
        <source>a reason and a time go with an answer</source>
        <translation>السبب والوقت يرافقان الرد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer; the answers are accepted and refused</source>
        <translation>«%1» ليس ردًا؛ الردود هي accepted وrefused</translation>
    </message>
    <message>
        <source>a refused referral needs the reason the service gave</source>
        <translation>تتطلب الإحالة المرفوضة السبب الذي قدمته الخدمة</translation>
    </message>
    <message>
        <source>a reason is recorded only for a refused referral</source>
        <translation>لا يُسجَّل السبب إلا للإحالة المرفوضة</translation>
    </message>
    <message>
        <source>the time of the answer %1 is more than a day in the future (it is now %2)</source>
        <translation>وقت الرد %1 يتجاوز المستقبل بأكثر من يوم (الوقت الآن %2)</translation>
    </message>
</context>
<context>
    <name>tandem::Report</name>
    <message>
        <source>Copy %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>موجّهة إلى %1</translation>
    </message>
    <message>
        <source>the protective marking is empty</source>
        <translation>علامة التصنيف فارغة</translation>
    </message>
    <message>
        <source>the protective marking has %1 characters; at most %2 fit on a page&apos;s running header</source>
        <translation>تتكون علامة التصنيف من %1 حرفًا؛ ولا تتسع ترويسة الصفحة لأكثر من %2</translation>
    </message>
    <message>
        <source>the protective marking must be one line of text</source>
        <translation>يجب أن تكون علامة التصنيف سطرًا واحدًا من النص</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>this %1 was deleted</source>
        <translation>هذا السجل (%1) محذوف</translation>
    </message>
    <message>
        <source>no survivors are recorded for this operation</source>
        <translation>لا يوجد ناجون مسجلون لهذه العملية</translation>
    </message>
    <message>
        <source>no survivor of this operation has a consent in force to share their identity with %1</source>
        <translation>لا يوجد ناجٍ في هذه العملية لديه موافقة سارية على مشاركة هويته مع %1</translation>
    </message>
    <message>
        <source>%1 of %2 survivors agreed to share their identity with %3; the others appear by code only</source>
        <translation>وافق %1 من أصل %2 من الناجين على مشاركة هويتهم مع %3؛ ويظهر الآخرون برموزهم فقط</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>the copy number %1 is not from 1 to %2</source>
        <translation>رقم النسخة %1 ليس بين 1 و%2</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>survivors&apos; identities cannot be included: %1</source>
        <translation>لا يمكن تضمين هويات الناجين: %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم و%2 ساعة</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(جهة محذوفة)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>نوع الاتجار</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>الجهة القائدة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <source>local time, %1</source>
        <translation>بالتوقيت المحلي، %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>وقت الإنقاذ (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>قاصر</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>الخطوات المنجزة</translation>
    </message>
    <message>
        <source>No survivors are recorded for this operation.</source>
        <translation>لا يوجد ناجون مسجلون لهذه العملية.</translation>
    </message>
    <message>
        <source>withheld: no consent for this recipient</source>
        <translation>محجوبة: لا توجد موافقة لهذا المستلم</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>غير مسجل.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>No targets are recorded.</source>
        <translation>لا توجد أهداف مسجلة.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Assignments (ICS-204)</source>
        <translation>التكليفات (ICS-204)</translation>
    </message>
    <message>
        <source>No agency has an assignment yet.</source>
        <translation>لم تُكلَّف أي جهة بعد.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>للتواصل: %1</translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation>تكليفات %1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تأكيد الاستلام</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>No tasks are planned.</source>
        <translation>لا توجد مهام مخطط لها.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>Survivors&apos; packet (for victim services)</source>
        <translation>ملحق الناجين (لخدمات الضحايا)</translation>
    </message>
    <message>
        <source>Care agencies assigned</source>
        <translation>جهات الرعاية المكلفة</translation>
    </message>
    <message>
        <source>None assigned yet.</source>
        <translation>لم تُكلَّف أي جهة بعد.</translation>
    </message>
    <message>
        <source>Survivors recorded so far</source>
        <translation>الناجون المسجلون حتى الآن</translation>
    </message>
    <message>
        <source>Names and dates of birth appear only for survivors who agreed to share their identity with the recipient of this copy.</source>
        <translation>لا تظهر الأسماء وتواريخ الميلاد إلا للناجين الذين وافقوا على مشاركة هويتهم مع مستلم هذه النسخة.</translation>
    </message>
    <message>
        <source>Survivors are named by their codes only.</source>
        <translation>لا يُشار إلى الناجين إلا برموزهم.</translation>
    </message>
    <message>
        <source>Operation order</source>
        <translation>أمر العملية</translation>
    </message>
    <message>
        <source>Situation and objectives</source>
        <translation>الوضع والغايات</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>تقييم المخاطر</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Contingency and medical plan</source>
        <translation>خطة الطوارئ والخطة الطبية</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>مقارنة بالخطة</translation>
    </message>
    <message>
        <source>No tasks were planned.</source>
        <translation>لم تكن هناك مهام مخطط لها.</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>متأخر بـ %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>not done, overdue</source>
        <translation>لم تُنجز، متأخرة</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>لم تُنجز</translation>
    </message>
    <message>
        <source>Planned and actual timeline</source>
        <translation>الجدول الزمني المخطط والفعلي</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>خلال %1</translation>
    </message>
    <message>
        <source>before first interview</source>
        <translation>قبل المقابلة الأولى</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>المستحقة</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>ضمن المدة المستهدفة</translation>
    </message>
    <message>
        <source>Median T0 to done</source>
        <translation>الوسيط من T0 حتى الإنجاز</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>الأبطأ</translation>
    </message>
    <message>
        <source>No survivor of this operation has a checklist.</source>
        <translation>لا يوجد ناجٍ في هذه العملية لديه قائمة تحقق.</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>الناجي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No step is overdue and none was declined.</source>
        <translation>لا توجد خطوة متأخرة، ولم تُرفض أي خطوة.</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>متأخرة بمقدار %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>التكليفات</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>المهام المنجزة</translation>
    </message>
    <message>
        <source>No agency had an assignment.</source>
        <translation>لم تكن لأي جهة تكليفات.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Victim care</source>
        <translation>رعاية الضحايا</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>ما نجح</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>ما ينبغي تغييره</translation>
    </message>
    <message>
        <source>No agency has given feedback on this operation.</source>
        <translation>لم تقدّم أي جهة ملاحظاتها على هذه العملية.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <source>%1 of 5 (1 agency)</source>
        <translation>%1 من 5 (جهة واحدة)</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 agencies)</source>
        <translation>%1 من 5 (عدد الجهات: %2)</translation>
    </message>
    <message>
        <source>Survivors assisted</source>
        <translation>الناجون الذين تلقوا المساعدة</translation>
    </message>
    <message>
        <source>Assistance steps</source>
        <translation>خطوات المساعدة</translation>
    </message>
    <message>
        <source>%1 owed, %2 done (%3 within their target), %4 overdue, %5 declined by the survivor</source>
        <translation>المستحقة: %1، المنجزة: %2 (منها %3 ضمن المدة المستهدفة)، المتأخرة: %4، التي رفضها الناجي: %5</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>سجل العملية</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>تقرير ما بعد العملية</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>The operation log is empty.</source>
        <translation>سجل العملية فارغ.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>No lessons are noted.</source>
        <translation>لا توجد دروس مسجلة.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Assistance steps against their targets</source>
        <translation>خطوات المساعدة مقارنة بمددها المستهدفة</translation>
    </message>
    <message>
        <source>Overdue and declined steps</source>
        <translation>الخطوات المتأخرة والمرفوضة</translation>
    </message>
    <message>
        <source>Agencies&apos; participation</source>
        <translation>مشاركة الجهات</translation>
    </message>
    <message>
        <source>Lessons noted</source>
        <translation>الدروس المسجلة</translation>
    </message>
    <message>
        <source>Agencies&apos; feedback</source>
        <translation>ملاحظات الجهات</translation>
    </message>
    <message>
        <source>Lessons from the operation log</source>
        <translation>الدروس المستخلصة من سجل العملية</translation>
    </message>
    <message>
        <source>Made on %1 with Tandem</source>
        <translation>أُعدّ في %1 باستخدام Tandem</translation>
    </message>
    <message>
        <source>Issued by %1 on %2 with Tandem</source>
        <translation>أصدره %1 في %2 باستخدام Tandem</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>End of document.</source>
        <translation>نهاية المستند.</translation>
    </message>
    <message>
        <source>cannot paint the report&apos;s pages</source>
        <translation>تعذر رسم صفحات التقرير</translation>
    </message>
    <message>
        <source>cannot set the page size</source>
        <translation>تعذر ضبط حجم الصفحة</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>فشلت الكتابة: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>بيانات الإصدار</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation>تحتاج الفترة إلى يوم أول ويوم أخير</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>تنتهي الفترة (%1) قبل أن تبدأ (%2)</translation>
    </message>
    <message>
        <source>the period is longer than %1 months</source>
        <translation>الفترة أطول من %1 شهرًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trafficking type</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع الاتجار</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Operations per month by status</source>
        <translation>العمليات شهريًا حسب الحالة</translation>
    </message>
    <message>
        <source>Operations per month by trafficking type</source>
        <translation>العمليات شهريًا حسب نوع الاتجار</translation>
    </message>
    <message>
        <source>Survivors assisted per month</source>
        <translation>الناجون الذين تلقوا المساعدة شهريًا</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>القاصرون</translation>
    </message>
    <message>
        <source>Time from T0 to each protocol step</source>
        <translation>المدة من T0 حتى كل خطوة في البروتوكول</translation>
    </message>
    <message>
        <source>Target (hours)</source>
        <translation>المدة المستهدفة (بالساعات)</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>الوسيط (بالساعات)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>المئين 90 (بالساعات)</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>ضمن المدة المستهدفة (%)</translation>
    </message>
    <message>
        <source>Overdue and late steps by owner role</source>
        <translation>الخطوات المتأخرة حاليًا والمنجزة متأخرة حسب دور المسؤول</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>دور المسؤول</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>متأخرة حاليًا</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>أُنجزت متأخرة</translation>
    </message>
    <message>
        <source>Overdue and late steps by answerable agency</source>
        <translation>الخطوات المتأخرة حاليًا والمنجزة متأخرة حسب الجهة المسؤولة عنها</translation>
    </message>
    <message>
        <source>No victim-services agency assigned</source>
        <translation>لم تُكلَّف أي جهة بخدمات الضحايا</translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translation>مشاركة الجهات</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>People deployed</source>
        <translation>الأفراد المنتشرون</translation>
    </message>
    <message>
        <source>Community tips per month by indicator</source>
        <translation>بلاغات المجتمع شهريًا حسب المؤشر</translation>
    </message>
    <message>
        <source>Community tips by place</source>
        <translation>بلاغات المجتمع حسب المكان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Medium or high credibility</source>
        <translation>مصداقية متوسطة أو عالية</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation>مرتبطة بعملية</translation>
    </message>
    <message>
        <source>Months with tips</source>
        <translation>الأشهر التي وردت فيها بلاغات</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>لم يُذكر مكان</translation>
    </message>
    <message>
        <source>marking %1</source>
        <translation>علامة التصنيف %1</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>تنسيق غير معروف</translation>
    </message>
    <message>
        <source>no output file is named</source>
        <translation>لم يُحدَّد اسم ملف الإخراج</translation>
    </message>
    <message>
        <source>report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>this is a folder; name a file to write the report to</source>
        <translation>هذا مجلد؛ اذكر اسم ملف لكتابة التقرير فيه</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>لم تتم الكتابة: %1</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>the computation was cancelled</source>
        <translation>أُلغي الحساب</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>المتوسط (⁦1–5⁩)</translation>
    </message>
    <message>
        <source>Rated 1–2</source>
        <translation>بتقييم ⁦1–2⁩</translation>
    </message>
    <message>
        <source>Rated 4–5</source>
        <translation>بتقييم ⁦4–5⁩</translation>
    </message>
    <message>
        <source>the recipient is not an office known to this database</source>
        <translation>المستلم ليس مكتبًا معروفًا في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>the recipient is not an agency of this database&apos;s directory</source>
        <translation>المستلم ليس جهة من دليل قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>the recipient office was deleted; name another recipient</source>
        <translation>تم حذف المكتب المستلم؛ حدِّد مستلمًا آخر</translation>
    </message>
    <message>
        <source>the recipient agency was deleted from the directory; name another recipient</source>
        <translation>تم حذف الجهة المستلمة من الدليل؛ حدِّد مستلمًا آخر</translation>
    </message>
    <message>
        <source>no office or agency of this database has this id</source>
        <translation>لا يوجد مكتب أو جهة في قاعدة البيانات هذه بهذا المعرّف</translation>
    </message>
    <message>
        <source>identities are shared only with a named recipient, an office or an agency that survivors agreed to share them with; no recipient is named</source>
        <translation>لا تُشارَك الهويات إلا مع مستلم محدد، مكتب أو جهة وافق الناجون على مشاركتها معه؛ لم يُحدَّد أي مستلم</translation>
    </message>
    <message>
        <source>for the office %1 (%2)</source>
        <translation>للمكتب %1 (%2)</translation>
    </message>
    <message>
        <source>for the agency %1 (%2)</source>
        <translation>للجهة %1 (%2)</translation>
    </message>
    <message>
        <source>not printed: %1</source>
        <translation>لم تتم الطباعة: %1</translation>
    </message>
    <message>
        <source>%1 planned, %2 done, %3 of them on time</source>
        <translation>المخطط لها: %1، المنجزة: %2، منها في الموعد: %3</translation>
    </message>
    <message>
        <source>%1 (minors: %2)</source>
        <translation>%1 (القاصرون: %2)</translation>
    </message>
    <message>
        <source>%1 (assignments acknowledged: %2 of %3)</source>
        <translation>%1 (التكليفات المؤكد استلامها: %2 من أصل %3)</translation>
    </message>
    <message>
        <source>%1 (lessons noted: %2)</source>
        <translation>%1 (الدروس المسجلة: %2)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Nothing is logged yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>No follow-up action is recorded for this operation.</source>
        <translation>لا يوجد إجراء متابعة مسجل لهذه العملية.</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a follow-up action</comment>
        <translation>منجز</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>a follow-up action</comment>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a follow-up action not done yet</comment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>%1 (done: %2, overdue: %3)</source>
        <translation>%1 (منجزة: %2، متأخرة: %3)</translation>
    </message>
    <message>
        <source>This copy names 1 survivor by their identity, as they consented to share it with %1. Keep it under that consent: do not copy or pass it on.</source>
        <translation>تذكر هذه النسخة ناجيًا واحدًا بهويته، لأنه وافق على مشاركتها مع %1. احفظها في حدود تلك الموافقة: لا تنسخها ولا تمرّرها.</translation>
    </message>
    <message numerus="yes">
        <source>This copy names %n survivors by their identity, as they consented to share it with %1. Keep it under that consent: do not copy or pass it on.</source>
        <translation>
            <numerusform>لا تذكر هذه النسخة أي ناجٍ بهويته؛ %1. احفظها في حدود الموافقة: لا تنسخها ولا تمرّرها.</numerusform>
            <numerusform>تذكر هذه النسخة ناجيًا واحدًا بهويته، لأنه وافق على مشاركتها مع %1. احفظها في حدود تلك الموافقة: لا تنسخها ولا تمرّرها.</numerusform>
            <numerusform>تذكر هذه النسخة ناجيَين بهويتهما، لأنهما وافقا على مشاركتها مع %1. احفظها في حدود تلك الموافقة: لا تنسخها ولا تمرّرها.</numerusform>
            <numerusform>تذكر هذه النسخة %n ناجين بهوياتهم، لأنهم وافقوا على مشاركتها مع %1. احفظها في حدود تلك الموافقة: لا تنسخها ولا تمرّرها.</numerusform>
            <numerusform>تذكر هذه النسخة %n ناجيًا بهوياتهم، لأنهم وافقوا على مشاركتها مع %1. احفظها في حدود تلك الموافقة: لا تنسخها ولا تمرّرها.</numerusform>
            <numerusform>تذكر هذه النسخة %n ناجٍ بهوياتهم، لأنهم وافقوا على مشاركتها مع %1. احفظها في حدود تلك الموافقة: لا تنسخها ولا تمرّرها.</numerusform>
        </translation>
    </message>
    <message>
        <source>with the identity of 1 survivor</source>
        <translation>مع هوية ناجٍ واحد</translation>
    </message>
    <message numerus="yes">
        <source>with the identities of %n survivors</source>
        <translation>
            <numerusform>بلا هويات ناجين</numerusform>
            <numerusform>مع هوية ناجٍ واحد</numerusform>
            <numerusform>مع هويتي ناجيين</numerusform>
            <numerusform>مع هويات %n ناجين</numerusform>
            <numerusform>مع هويات %n ناجيًا</numerusform>
            <numerusform>مع هويات %n ناجٍ</numerusform>
        </translation>
    </message>
    <message>
        <source>survivors&apos; identities are sealed and locked; unlock them with your passphrase to include them</source>
        <translation>هويات الناجين مختومة ومقفلة؛ افتحها بعبارة مرورك لتضمينها</translation>
    </message>
    <message>
        <source>Copy for: %1</source>
        <translation>نسخة لـ: %1</translation>
    </message>
    <message>
        <source>an assignment sheet is one agency&apos;s: name the agency taking part in the operation that it is for</source>
        <translation>ورقة المهام خاصة بجهة واحدة: اذكر الجهة المشاركة في العملية التي هي لها</translation>
    </message>
    <message>
        <source>unknown kind of report</source>
        <translation>نوع تقرير غير معروف</translation>
    </message>
    <message>
        <source>Its roles</source>
        <translation>أدوارها</translation>
    </message>
    <message>
        <source>Need to know</source>
        <translation>الحاجة إلى المعرفة</translation>
    </message>
    <message>
        <source>Included (given to %1)</source>
        <translation>مضمَّنة (تُعطى لـ %1)</translation>
    </message>
    <message>
        <source>Not in this copy: entry points, hazards, intelligence and code words go only to %1</source>
        <translation>ليست في هذه النسخة: نقاط الدخول والمخاطر والمعلومات الاستخبارية وكلمات السر تُعطى فقط لـ %1</translation>
    </message>
    <message>
        <source>No tasks are given to this agency.</source>
        <translation>لم تُسنَد أي مهام إلى هذه الجهة.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>For %1 only: do not pass on.</source>
        <translation>لـ %1 فقط: لا تُمرَّر.</translation>
    </message>
    <message>
        <source>an assignment sheet is one agency&apos;s: name the agency it is for</source>
        <translation>ورقة المهام خاصة بجهة واحدة: اذكر الجهة التي هي لها</translation>
    </message>
    <message>
        <source>Assignment sheet (ICS-204)</source>
        <translation>ورقة المهام (ICS-204)</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Special instructions</source>
        <translation>تعليمات خاصة</translation>
    </message>
    <message>
        <source>Your radio channel</source>
        <translation>قناتك اللاسلكية</translation>
    </message>
    <message>
        <source>Other agencies taking part</source>
        <translation>الجهات المشاركة الأخرى</translation>
    </message>
    <message>
        <source>The tasks of %1 and those of no agency in particular.</source>
        <translation>مهام %1 والمهام التي لا تخص جهة بعينها.</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>نسخة لـ</translation>
    </message>
    <message>
        <source>the agency&apos;s copy, with the need-to-know items</source>
        <translation>نسخة الجهة، مع عناصر الحاجة إلى المعرفة</translation>
    </message>
    <message>
        <source>the agency&apos;s copy, without the need-to-know items</source>
        <translation>نسخة الجهة، بدون عناصر الحاجة إلى المعرفة</translation>
    </message>
    <message>
        <source>the calendar&apos;s period is empty: it must end after it starts</source>
        <translation>فترة التقويم فارغة: يجب أن تنتهي بعد أن تبدأ</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>إحاطة: %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>إحاطة</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>مستحق: %1</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>بند عمل</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>the dashboard cannot read the file</source>
        <translation>تعذّر على لوحة المعلومات قراءة الملف</translation>
    </message>
    <message>
        <source>%1, %2, valid %3 to %4</source>
        <translation>%1، %2، سارٍ من %3 إلى %4</translation>
    </message>
    <message>
        <source>Needed; none is recorded.</source>
        <translation>مطلوب؛ لم يُسجَّل أي أمر.</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>الأمر القضائي</translation>
    </message>
    <message>
        <source>Floor plan: “%1” (not printed: the office&apos;s keys were not unlocked for this report).</source>
        <translation>المخطط: «%1» (لم يُطبع: لم تُفتح مفاتيح المكتب لهذا التقرير).</translation>
    </message>
    <message>
        <source>Floor plan: “%1” (not printed: %2).</source>
        <translation>المخطط: «%1» (لم يُطبع: %2).</translation>
    </message>
    <message>
        <source>Floor plan: %1</source>
        <translation>المخطط: %1</translation>
    </message>
    <message>
        <source>the PDF cannot be read (damaged or protected)</source>
        <translation>يتعذّر قراءة ملف PDF (تالف أو محمي)</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page has no size</source>
        <translation>الصفحة الأولى من ملف PDF بلا حجم</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page cannot be drawn</source>
        <translation>يتعذّر رسم الصفحة الأولى من ملف PDF</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels, too large to print</source>
        <translation>أبعاد الصورة %1 × %2 بكسل، وهي أكبر من أن تُطبع</translation>
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation>يتعذّر قراءة الصورة: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ReportController</name>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Choose the operation to report on.</source>
        <translation>اختر العملية التي تريد إعداد تقرير عنها.</translation>
    </message>
    <message>
        <source>Select it in the Operations list, then choose the report again.</source>
        <translation>حدّدها في قائمة العمليات، ثم اختر التقرير مجددًا.</translation>
    </message>
    <message>
        <source>The identities could not be unlocked.</source>
        <translation>تعذر فتح قفل الهويات.</translation>
    </message>
    <message>
        <source>Survivors&apos; identities are sealed in the file. Enter your passphrase to include them in the report.</source>
        <translation>هويات الناجين مختومة في الملف. أدخل عبارة مرورك لتضمينها في التقرير.</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 موجود بالفعل.</translation>
    </message>
    <message>
        <source>Tandem never writes over a file: choose another name, or delete the old calendar first.</source>
        <translation>لا يكتب Tandem فوق ملف أبداً: اختر اسماً آخر، أو احذف التقويم القديم أولاً.</translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation>تعذّرت كتابة التقويم.</translation>
    </message>
    <message>
        <source>1 event written to %1</source>
        <translation>كُتب حدث واحد في %1</translation>
    </message>
    <message numerus="yes">
        <source>%n events written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي حدث في %1</numerusform>
            <numerusform>كُتب حدث واحد في %1</numerusform>
            <numerusform>كُتب حدثان في %1</numerusform>
            <numerusform>كُتبت %n أحداث في %1</numerusform>
            <numerusform>كُتب %n حدثاً في %1</numerusform>
            <numerusform>كُتب %n حدث في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The targets&apos; floor plans are kept encrypted in the file. Enter your passphrase to print them in the order.</source>
        <translation>تُحفظ مخططات الأهداف مشفّرة في الملف. أدخل عبارة المرور لطباعتها في أمر العملية.</translation>
    </message>
</context>
<context>
    <name>tandem::ReportDialog</name>
    <message>
        <source>Include survivors&apos; &amp;identities (names and dates of birth)</source>
        <translation>تضمين &amp;هويات الناجين (الأسماء وتواريخ الميلاد)</translation>
    </message>
    <message>
        <source>Begin with a &amp;byte order mark (for spreadsheets)</source>
        <translation>البدء بـ&amp;علامة ترتيب البايتات (لبرامج جداول البيانات)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;معاينة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تص&amp;دير…</translation>
    </message>
    <message>
        <source>Report on %1</source>
        <translation>تقرير عن %1</translation>
    </message>
    <message>
        <source>Operation order (briefing pack)</source>
        <translation>أمر العملية (وثائق الإحاطة)</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>تقرير ما بعد العملية</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation>بلا ترقيم</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>ت&amp;قرير</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>التن&amp;سيق</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>Protective &amp;marking</source>
        <translation>علامة الت&amp;صنيف</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;رقم النسخة</translation>
    </message>
    <message>
        <source>Every page carries the marking, the copy number and the recipient. Survivors appear by their codes. The export is recorded in the audit log.</source>
        <translation>تحمل كل صفحة علامة التصنيف ورقم النسخة والمستلم. يظهر الناجون برموزهم. ويُسجَّل التصدير في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>غير متاح: %1.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>تعذر إعداد التقرير.</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>علامة التصنيف</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>تعذرت كتابة التقرير.</translation>
    </message>
    <message>
        <source>Written to %1 (%2).</source>
        <translation>كُتب في %1 (%2).</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>معاينة: %1</translation>
    </message>
    <message>
        <source>The report could not be laid out.</source>
        <translation>تعذر تنسيق صفحات التقرير.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>تعذرت طباعة التقرير.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>أُرسل إلى %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (مكتب)</translation>
    </message>
    <message>
        <source>%1 (agency)</source>
        <translation>%1 (جهة)</translation>
    </message>
    <message>
        <source>Assignment sheet (ICS-204, one agency)</source>
        <translation>ورقة المهام (ICS-204، جهة واحدة)</translation>
    </message>
    <message>
        <source>C&amp;opy for</source>
        <translation>نسخة &amp;لـ</translation>
    </message>
    <message>
        <source>Everyone (no recipient named)</source>
        <translation>الجميع (دون تسمية مستلم)</translation>
    </message>
    <message>
        <source>No agency takes part in this operation yet: an assignment sheet is one agency&apos;s.</source>
        <translation>لا تشارك أي جهة في هذه العملية بعد: ورقة المهام خاصة بجهة واحدة.</translation>
    </message>
    <message>
        <source>This copy holds the part of %1, the parts every agency shares, and the need-to-know items (entry points, hazards, code words) given to %2.</source>
        <translation>تتضمن هذه النسخة جزء %1 والأجزاء المشتركة بين كل الجهات وعناصر الحاجة إلى المعرفة (نقاط الدخول والمخاطر وكلمات السر) التي تُعطى لـ %2.</translation>
    </message>
    <message>
        <source>This copy holds the part of %1 and the parts every agency shares, but not the need-to-know items (entry points, hazards, code words), given only to %2.</source>
        <translation>تتضمن هذه النسخة جزء %1 والأجزاء المشتركة بين كل الجهات، ولكن ليس عناصر الحاجة إلى المعرفة (نقاط الدخول والمخاطر وكلمات السر) التي تُعطى فقط لـ %2.</translation>
    </message>
    <message>
        <source>The whole document, every agency&apos;s part and the need-to-know items, with no recipient named.</source>
        <translation>المستند كاملًا، بجزء كل جهة وعناصر الحاجة إلى المعرفة، دون تسمية مستلم.</translation>
    </message>
</context>
<context>
    <name>tandem::ReportPreview</name>
    <message>
        <source>&amp;Previous Page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>ملاءمة ال&amp;عرض</translation>
    </message>
    <message>
        <source>Whole P&amp;age</source>
        <translation>الصفحة &amp;كاملة</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>النسخ الاحتياطية من %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Tandem copies the file before every restore, when it is opened (once a day) and closed after changes, and with File ▸ Back Up Now. Every merge of a bundle keeps an undo instead: what the merge changed, as it was before. The newest ones are kept (Preferences says how many). Choose the state to go back to; you are asked to confirm before anything changes.</source>
        <translation>ينسخ Tandem الملف قبل كل استعادة، وعند فتحه (مرة في اليوم)، وعند إغلاقه بعد تغييرات، وعبر ملف ▸ نسخ احتياطي الآن. أما كل دمج لحزمة فيحتفظ بدلًا من ذلك بما يلزم للتراجع عنه: ما غيّره الدمج كما كان قبله. تُحفظ الأحدث (تحدد التفضيلات عددها). اختر الحالة التي تعود إليها؛ سيُطلب منك التأكيد قبل أي تغيير.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>الملف كاملًا</translation>
    </message>
    <message>
        <source>What one change (a merge) altered, as it was before: undoing it keeps what was done since to the other records</source>
        <translation>ما غيّره تغيير واحد (دمج) كما كان قبله: التراجع عنه يُبقي ما أُجري منذ ذلك الحين على السجلات الأخرى</translation>
    </message>
    <message>
        <source>A copy of the whole file: restoring it takes the file back as it was</source>
        <translation>نسخة من الملف كاملًا: استعادتها تعيد الملف إلى ما كان عليه</translation>
    </message>
</context>
<context>
    <name>tandem::Retention</name>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>شهر واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>a retention period is a whole number of months from 1 to %1, not %2</source>
        <translation>مدة الاحتفاظ عدد صحيح من الأشهر من 1 إلى %1، لا %2</translation>
    </message>
    <message>
        <source>only a lead sets how long identities are kept: %1</source>
        <translation>لا يحدّد مدة الاحتفاظ بالهويات إلا مسؤول: %1</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>identities kept after their case closed: %1 (was %2)</source>
        <translation>الهويات المحفوظة بعد إغلاق حالتها: %1 (كانت %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>retention period of %1 after %2 closed</source>
        <translation>مدة احتفاظ قدرها %1 بعد إغلاق %2</translation>
    </message>
</context>
<context>
    <name>tandem::SafeFile</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>no file is named</source>
        <translation>لم يُحدَّد أي ملف</translation>
    </message>
    <message>
        <source>this is a folder; name a file to write</source>
        <translation>هذا مجلد؛ حدّد ملفًا للكتابة فيه</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>تعذّرت الكتابة في المجلد %1: %2</translation>
    </message>
    <message>
        <source>the data could not be saved to the disk</source>
        <translation>تعذّر حفظ البيانات على القرص</translation>
    </message>
    <message>
        <source>the finished file could not be put in place</source>
        <translation>تعذّر وضع الملف المكتمل في مكانه</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>لم يُفتح الملف</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>تعذّر إنشاء الملف: %1</translation>
    </message>
    <message>
        <source>cannot make the file private: %1</source>
        <translation>تعذّر جعل الملف خاصًا: %1</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>هذا ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>تعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>cannot make the folder private</source>
        <translation>تعذّر جعل المجلد خاصًا</translation>
    </message>
</context>
<context>
    <name>tandem::Seats</name>
    <message>
        <source>only a lead %1: say who you are first</source>
        <translation>لا %1 إلا مسؤول: قل من أنت أولًا</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: only a lead %3</source>
        <translation>لا يحق لـ %1 (%2) فعل ذلك: لا %3 إلا مسؤول</translation>
    </message>
    <message>
        <source>First machine</source>
        <translation>الجهاز الأول</translation>
    </message>
    <message>
        <source>bundle payload lists the office&apos;s machines in a form this Tandem does not read</source>
        <translation>حمولة الحزمة تسرد أجهزة المكتب بصيغة لا يقرؤها هذا الإصدار من Tandem</translation>
    </message>
    <message>
        <source>bundle payload lists a machine of the office without a valid id or name</source>
        <translation>حمولة الحزمة تسرد جهازًا للمكتب بلا معرِّف أو اسم صالح</translation>
    </message>
    <message>
        <source>bundle payload lists the office&apos;s partners in a form this Tandem does not read</source>
        <translation>حمولة الحزمة تسرد شركاء المكتب بصيغة لا يقرؤها هذا الإصدار من Tandem</translation>
    </message>
    <message>
        <source>bundle payload lists a partner of the office without a valid id, name or keys</source>
        <translation>حمولة الحزمة تسرد شريكًا للمكتب بلا معرِّف أو اسم أو مفاتيح صالحة</translation>
    </message>
    <message>
        <source>as another machine of this office decided (fingerprint %1)</source>
        <translation>كما قرّر جهاز آخر من أجهزة هذا المكتب (البصمة %1)</translation>
    </message>
    <message>
        <source>invites a machine</source>
        <translation>يدعو جهازًا</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>الملف موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>%1 was removed from this office</source>
        <translation>أُزيل %1 من هذا المكتب</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>لا يمنح هذا الحق إلا شخص يحق له قراءة الهويات</translation>
    </message>
    <message>
        <source>these keys are not this office&apos;s</source>
        <translation>هذه المفاتيح ليست مفاتيح هذا المكتب</translation>
    </message>
    <message>
        <source>%1&apos;s machine</source>
        <translation>جهاز %1</translation>
    </message>
    <message>
        <source>for %1%2, invitation valid until %3</source>
        <translation>لـ %1%2، الدعوة صالحة حتى %3</translation>
    </message>
    <message>
        <source> (with the key to survivors&apos; identities)</source>
        <translation> (مع مفتاح هويات الناجين)</translation>
    </message>
    <message>
        <source>cannot read the invitation: %1</source>
        <translation>تعذّرت قراءة الدعوة: %1</translation>
    </message>
    <message>
        <source>not a Tandem invitation (too large)</source>
        <translation>ليست دعوة Tandem (كبيرة جدًا)</translation>
    </message>
    <message>
        <source>not a Tandem invitation</source>
        <translation>ليست دعوة Tandem</translation>
    </message>
    <message>
        <source>the invitation is damaged</source>
        <translation>الدعوة تالفة</translation>
    </message>
    <message>
        <source>the invitation was made by another version of Tandem</source>
        <translation>أُنشئت الدعوة بإصدار آخر من Tandem</translation>
    </message>
    <message>
        <source>wrong passphrase for this invitation (or the file was changed)</source>
        <translation>عبارة مرور خاطئة لهذه الدعوة (أو غُيِّر الملف)</translation>
    </message>
    <message>
        <source>the invitation expired on %1: ask a lead of the office for a new one</source>
        <translation>انتهت صلاحية الدعوة في %1: اطلب دعوة جديدة من أحد مسؤولي المكتب</translation>
    </message>
    <message>
        <source>the invitation holds no keys</source>
        <translation>الدعوة لا تحتوي على مفاتيح</translation>
    </message>
    <message>
        <source>this machine joined %1 for %2, from an invitation %3 made on %4</source>
        <translation>انضم هذا الجهاز إلى %1 لصالح %2، بدعوة أنشأها %3 في %4</translation>
    </message>
    <message>
        <source>removes a machine</source>
        <translation>يزيل جهازًا</translation>
    </message>
    <message>
        <source>this is this machine: remove it from another machine of the office</source>
        <translation>هذا هو الجهاز نفسه: أزِله من جهاز آخر من أجهزة المكتب</translation>
    </message>
    <message>
        <source>not a machine of this office, or removed already</source>
        <translation>ليس جهازًا من أجهزة هذا المكتب، أو أُزيل من قبل</translation>
    </message>
    <message>
        <source>no bundle is made for it or taken from it any more</source>
        <translation>لم تعد تُعدّ له أي حزمة ولا تُقبل منه</translation>
    </message>
    <message>
        <source>no machine of this office is called &quot;%1&quot;</source>
        <translation>لا يوجد جهاز في هذا المكتب اسمه «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::Sharing</name>
    <message>
        <source>sharing with a group needs the group: choose one of the sharing groups</source>
        <translation>المشاركة مع مجموعة تحتاج إلى المجموعة: اختر إحدى مجموعات المشاركة</translation>
    </message>
    <message>
        <source>a sharing group is only chosen when the record is shared with a group</source>
        <translation>لا تُختار مجموعة مشاركة إلا عندما يُشارَك السجل مع مجموعة</translation>
    </message>
    <message>
        <source>there is no sharing group with id %1</source>
        <translation>لا توجد مجموعة مشاركة بالمعرّف %1</translation>
    </message>
    <message>
        <source>the office a record comes from never changes</source>
        <translation>المكتب الذي جاء منه السجل لا يتغيّر أبدًا</translation>
    </message>
    <message>
        <source>where this record goes was decided by %1: only that office changes it. This office may keep it to itself (This office only)</source>
        <translation>قرّر %1 إلى أين يذهب هذا السجل: ولا يغيّر ذلك إلا ذلك المكتب. يمكن لهذا المكتب أن يحتفظ به لنفسه (هذا المكتب فقط)</translation>
    </message>
    <message>
        <source>a new sharing group includes this office</source>
        <translation>تضمّ مجموعة المشاركة الجديدة هذا المكتب</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office id</source>
        <translation>&quot;%1&quot; ليس معرّف مكتب</translation>
    </message>
    <message>
        <source>there is no office with id %1 in the directory</source>
        <translation>لا يوجد مكتب بالمعرّف %1 في الدليل</translation>
    </message>
    <message>
        <source>%1 is not a trusted partner office: trust it before adding it to a group</source>
        <translation>%1 ليس مكتبًا شريكًا موثوقًا: ثق به قبل إضافته إلى مجموعة</translation>
    </message>
</context>
<context>
    <name>tandem::SharingDefaults</name>
    <message>
        <source>%1 go where the record they belong to goes; they have no default of their own</source>
        <translation>تذهب %1 حيث يذهب السجل الذي تنتمي إليه؛ وليس لها افتراضي خاص بها</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a default for new records; the defaults are: office, partners, network</source>
        <translation>&quot;%1&quot; ليس افتراضيًا للسجلات الجديدة؛ الافتراضيات هي: office وpartners وnetwork</translation>
    </message>
    <message>
        <source>only a lead sets where new records go: %1</source>
        <translation>لا يحدّد إلا مسؤول إلى أين تذهب السجلات الجديدة: %1</translation>
    </message>
    <message>
        <source>new records shared: %1 (was %2)</source>
        <translation>السجلات الجديدة تُشارَك: %1 (كانت %2)</translation>
    </message>
</context>
<context>
    <name>tandem::SqlError</name>
    <message>
        <source>a record with the same id or key is there already</source>
        <translation>يوجد بالفعل سجل بالمعرّف أو المفتاح نفسه</translation>
    </message>
    <message>
        <source>a record it refers to is not there</source>
        <translation>سجل يشير إليه غير موجود</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>قيمة مطلوبة مفقودة</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>لا توجد ذاكرة كافية</translation>
    </message>
    <message>
        <source>the file is busy: another program is writing to it; try again in a moment</source>
        <translation>الملف مشغول: برنامج آخر يكتب فيه؛ أعد المحاولة بعد قليل</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be full, removed or failing)</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه (قد يكون ممتلئًا أو مفصولًا أو معطوبًا)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>الملف تالف</translation>
    </message>
    <message>
        <source>not a Tandem database (not an SQLite file at all)</source>
        <translation>ليست قاعدة بيانات Tandem (ليست ملف SQLite أصلًا)</translation>
    </message>
    <message>
        <source>the file is read-only: nothing can be changed</source>
        <translation>الملف للقراءة فقط: لا يمكن تغيير أي شيء</translation>
    </message>
    <message>
        <source>the file cannot be opened: it or its folder is missing, or may not be read or written</source>
        <translation>تعذّر فتح الملف: الملف أو مجلده غير موجود، أو لا يُسمح بقراءته أو الكتابة فيه</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation>إحدى القيم كبيرة جدًا</translation>
    </message>
    <message>
        <source>the work was stopped before it was finished</source>
        <translation>توقف العمل قبل أن ينتهي</translation>
    </message>
    <message>
        <source>a value breaks a rule of the database</source>
        <translation>إحدى القيم تخالف قاعدة من قواعد قاعدة البيانات</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>إحدى القيم من نوع خاطئ</translation>
    </message>
    <message>
        <source>the file is locked in a way Tandem cannot follow (a network folder?)</source>
        <translation>الملف مقفل بطريقة لا يستطيع Tandem التعامل معها (مجلد شبكة؟)</translation>
    </message>
    <message>
        <source>the database could not do this</source>
        <translation>لم تتمكن قاعدة البيانات من القيام بذلك</translation>
    </message>
    <message>
        <source>the database could not do this (%1)</source>
        <translation>لم تتمكن قاعدة البيانات من القيام بذلك (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::Store</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>this file was made by a newer version of Tandem (schema %1; this version reads up to schema %2). It was left untouched; open it with a newer Tandem.</source>
        <translation>أُنشئ هذا الملف بإصدار أحدث من Tandem (المخطط %1؛ وهذا الإصدار يقرأ حتى المخطط %2). تُرك الملف دون تغيير؛ افتحه بإصدار أحدث من Tandem.</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>تعذر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <source>the file is empty: it is not a Tandem database</source>
        <translation>الملف فارغ: إنه ليس قاعدة بيانات Tandem</translation>
    </message>
    <message>
        <source>not a Tandem database (not an SQLite file at all)</source>
        <translation>ليس قاعدة بيانات Tandem (ليس ملف SQLite أصلًا)</translation>
    </message>
    <message>
        <source>not a Tandem database (an SQLite file of another application)</source>
        <translation>ليس قاعدة بيانات Tandem (ملف SQLite خاص بتطبيق آخر)</translation>
    </message>
    <message>
        <source>the file is open in another Tandem (process %1 on %2); close it there, or open it read-only</source>
        <translation>الملف مفتوح في Tandem آخر (عملية النظام %1 على %2)؛ أغلقه هناك، أو افتحه للقراءة فقط</translation>
    </message>
    <message>
        <source>cannot lock the file for writing: its folder may be read-only; copy the file somewhere you can write, or open it read-only</source>
        <translation>تعذر قفل الملف للكتابة: قد يكون مجلده للقراءة فقط؛ انسخ الملف إلى مكان يمكنك الكتابة فيه، أو افتحه للقراءة فقط</translation>
    </message>
    <message>
        <source>this file was made by an older Tandem and needs an upgrade, which needs writing: open it for writing once</source>
        <translation>أُنشئ هذا الملف بإصدار أقدم من Tandem ويحتاج إلى ترقية تتطلب الكتابة: افتحه للكتابة مرة واحدة</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed, the file is unchanged: %2</source>
        <translation>فشلت الترقية إلى المخطط %1، ولم يتغير الملف: %2</translation>
    </message>
    <message>
        <source>the file already exists; choose another name or open it</source>
        <translation>الملف موجود بالفعل؛ اختر اسمًا آخر أو افتحه</translation>
    </message>
    <message>
        <source>an office name is required</source>
        <translation>اسم المكتب مطلوب</translation>
    </message>
    <message>
        <source>not a Tandem database, or a damaged one: it has no site id</source>
        <translation>ليس قاعدة بيانات Tandem، أو أنها تالفة: لا تحتوي على معرّف موقع</translation>
    </message>
    <message>
        <source>the database connection is closed</source>
        <translation>الاتصال بقاعدة البيانات مغلق</translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation>الملف مفتوح للقراءة فقط: لا يمكن تغيير أي شيء</translation>
    </message>
    <message>
        <source>cannot start writing: %1</source>
        <translation>تعذر بدء الكتابة: %1</translation>
    </message>
    <message>
        <source>internal error: transactions ended out of order</source>
        <translation>خطأ داخلي: انتهت المعاملات بغير ترتيبها</translation>
    </message>
    <message>
        <source>saving failed, nothing was changed: %1</source>
        <translation>فشل الحفظ، ولم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>unknown record type; the types are: %1</source>
        <translation>نوع سجل غير معروف؛ الأنواع هي: %1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields are: %3</source>
        <translation>لا يحتوي %1 على حقل &quot;%2&quot;؛ حقوله هي: %3</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; is required</source>
        <translation>الحقل &quot;%2&quot; في %1 مطلوب</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: there is no %3 with id %4</source>
        <translation>الحقل &quot;%2&quot; في %1: لا يوجد سجل %3 بالمعرّف %4</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3 %4 was deleted</source>
        <translation>الحقل &quot;%2&quot; في %1: السجل %3 %4 محذوف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this %1 was deleted; it can no longer be changed</source>
        <translation>هذا السجل (%1) محذوف؛ ولم يعد من الممكن تغييره</translation>
    </message>
    <message>
        <source>this office&apos;s own record cannot be deleted</source>
        <translation>لا يمكن حذف سجل هذا المكتب نفسه</translation>
    </message>
    <message>
        <source>this %1 was already deleted</source>
        <translation>هذا السجل (%1) محذوف من قبل</translation>
    </message>
    <message>
        <source>this %1 is not deleted</source>
        <translation>هذا السجل (%1) غير محذوف</translation>
    </message>
    <message>
        <source>there is no %1 with this id</source>
        <translation>لا يوجد سجل %1 بهذا المعرّف</translation>
    </message>
    <message>
        <source>identifying details can only be kept once this office has its keys: set the office passphrase first</source>
        <translation>لا يمكن حفظ البيانات المُعرِّفة إلا بعد أن تصبح لهذا المكتب مفاتيحه: عيّن عبارة مرور المكتب أولًا</translation>
    </message>
    <message>
        <source>internal error: the transaction has already ended</source>
        <translation>خطأ داخلي: المعاملة انتهت بالفعل</translation>
    </message>
    <message>
        <source>the file&apos;s folder is read-only, so the file cannot be changed here: copy it to a folder you can write, or open it read-only</source>
        <translation>مجلد الملف للقراءة فقط، لذا لا يمكن تغيير الملف هنا: انسخه إلى مجلد يمكنك الكتابة فيه، أو افتحه للقراءة فقط</translation>
    </message>
    <message>
        <source>the file is read-only, so it cannot be changed: open it read-only, or allow writing to it</source>
        <translation>الملف للقراءة فقط، لذا لا يمكن تغييره: افتحه للقراءة فقط، أو اسمح بالكتابة فيه</translation>
    </message>
    <message>
        <source>the file has changes not yet folded into it (in its &quot;-wal&quot; file) and its folder is read-only: copy the file with its &quot;-wal&quot; file to a folder you can write, and open it there</source>
        <translation>للملف تغييرات لم تُدمج فيه بعد (في ملفه &quot;-wal&quot;) ومجلده للقراءة فقط: انسخ الملف مع ملفه &quot;-wal&quot; إلى مجلد يمكنك الكتابة فيه، وافتحه هناك</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>this file was never finished: Tandem was stopped while making it, and it holds nothing. Delete it and make the file again</source>
        <translation>لم يكتمل هذا الملف قط: توقف Tandem أثناء إنشائه، ولا يحتوي على أي شيء. احذفه وأنشئ الملف من جديد</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>the folder %1 is read-only: choose a folder you can write</source>
        <translation>المجلد %1 للقراءة فقط: اختر مجلدًا يمكنك الكتابة فيه</translation>
    </message>
    <message>
        <source>cannot write in the folder %1</source>
        <translation>تعذّرت الكتابة في المجلد %1</translation>
    </message>
    <message>
        <source>the new file could not be finished</source>
        <translation>تعذّر إكمال الملف الجديد</translation>
    </message>
    <message>
        <source>the finished file could not be put in place</source>
        <translation>تعذّر وضع الملف المكتمل في مكانه</translation>
    </message>
    <message>
        <source>a record with this id already exists</source>
        <translation>يوجد سجل بهذا المعرّف بالفعل</translation>
    </message>
    <message>
        <source>a key card gives another office&apos;s record</source>
        <translation>بطاقة المفتاح تعطي سجل مكتب آخر</translation>
    </message>
    <message>
        <source>only that office changes its record; it reaches this office with its bundles</source>
        <translation>لا يغيّر سجلَّه إلا ذلك المكتب؛ ويصل إلى هذا المكتب مع حزمه</translation>
    </message>
    <message>
        <source>a partner office&apos;s record is kept by that office; to stop exchanging with it, revoke its trust</source>
        <translation>سجل المكتب الشريك يحتفظ به ذلك المكتب؛ للتوقف عن التبادل معه، اسحب الثقة منه</translation>
    </message>
    <message>
        <source>cannot read the record&apos;s owner</source>
        <translation>تعذّرت قراءة مالك السجل</translation>
    </message>
    <message>
        <source>%1 names a person of this office, and &quot;%2&quot; is none of them (%3)</source>
        <translation>%1 يسمّي أحد أفراد هذا المكتب، و«%2» ليس أيًّا منهم (%3)</translation>
    </message>
    <message>
        <source>the search index cannot be brought up to date: %1</source>
        <translation>لا يمكن تحديث فهرس البحث: %1</translation>
    </message>
    <message>
        <source>a seat needs a site id of its own and its office&apos;s id</source>
        <translation>يحتاج الجهاز إلى معرِّف موقع خاص به وإلى معرِّف مكتبه</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorCommands</name>
    <message>
        <source>Tick step done</source>
        <translation>تأشير الخطوة كمنجزة</translation>
    </message>
    <message>
        <source>Mark step %1</source>
        <translation>تعليم الخطوة بالحالة %1</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>تحرير الخطوة</translation>
    </message>
    <message>
        <source>Set rescue time</source>
        <translation>تعيين وقت الإنقاذ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Add survivor %1</source>
        <translation>إضافة الناجي %1</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>بروتوكول جديد</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>حفظ البروتوكول</translation>
    </message>
    <message>
        <source>Import protocol</source>
        <translation>استيراد بروتوكول</translation>
    </message>
    <message>
        <source>Retire protocol</source>
        <translation>إيقاف العمل بالبروتوكول</translation>
    </message>
    <message>
        <source>Make protocol active</source>
        <translation>تفعيل البروتوكول</translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation>إزالة الإحالة</translation>
    </message>
    <message>
        <source>Refer to service</source>
        <translation>الإحالة إلى خدمة</translation>
    </message>
    <message>
        <source>Record referral answer</source>
        <translation>تسجيل الرد على الإحالة</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorDetail</name>
    <message>
        <source>Set T0</source>
        <translation>تعيين T0</translation>
    </message>
    <message>
        <source>Record when the survivor was recovered. The first time, this makes their checklist; later, it moves the open steps&apos; due times with it.</source>
        <translation>سجّل وقت إنقاذ الناجي. في المرة الأولى، يُنشئ ذلك قائمة التحقق الخاصة به؛ وبعدها، يُزيح معه مواعيد استحقاق الخطوات المفتوحة.</translation>
    </message>
    <message>
        <source>Rescue time (T0):</source>
        <translation>وقت الإنقاذ (T0):</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Identity (protected)</source>
        <translation>الهوية (محمية)</translation>
    </message>
    <message>
        <source>Identifying details: hidden until you ask to see them</source>
        <translation>البيانات المُعرِّفة: مخفية إلى أن تطلب رؤيتها</translation>
    </message>
    <message>
        <source>A step that now applies was added to the checklist, due from T0.</source>
        <translation>أُضيفت إلى قائمة التحقق خطوة صارت تنطبق الآن، واستحقاقها محسوب من T0.</translation>
    </message>
    <message>
        <source>%L1 steps that now apply were added to the checklist, each due from T0.</source>
        <translation>أُضيفت إلى قائمة التحقق خطوات صارت تنطبق الآن، وعددها %L1، واستحقاق كل منها محسوب من T0.</translation>
    </message>
    <message>
        <source>Select a survivor to see their checklist, what they consented to share and the steps still owed to them.</source>
        <translation>اختر ناجيًا لعرض قائمة التحقق الخاصة به، وما وافق على مشاركته، والخطوات التي لا تزال مستحقة له.</translation>
    </message>
    <message>
        <source>This survivor&apos;s record has been deleted.</source>
        <translation>حُذف سجل هذا الناجي.</translation>
    </message>
    <message>
        <source>This survivor could not be read: %1</source>
        <translation>تعذرت قراءة سجل هذا الناجي: %1</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>قاصر</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Not set yet: setting it makes the checklist.</source>
        <translation>لم يُعيَّن بعد: تعيينه يُنشئ قائمة التحقق.</translation>
    </message>
    <message>
        <source>Change T0</source>
        <translation>تغيير T0</translation>
    </message>
    <message>
        <source>Checklist (%1 overdue)</source>
        <translation>قائمة التحقق (المتأخرة: %1)</translation>
    </message>
    <message>
        <source>Consents (%1 in force)</source>
        <translation>الموافقات (السارية: %1)</translation>
    </message>
    <message>
        <source>The rescue time could not be set.</source>
        <translation>تعذر تعيين وقت الإنقاذ.</translation>
    </message>
    <message>
        <source>Rescue time set. No protocol is in force, so no checklist was made: make a protocol active or import one in Protocols, then set T0 again.</source>
        <translation>عُيّن وقت الإنقاذ. لا يوجد بروتوكول سارٍ، لذا لم تُنشأ قائمة تحقق: فعّل بروتوكولًا أو استورد واحدًا في «البروتوكولات»، ثم عيّن T0 مجددًا.</translation>
    </message>
    <message>
        <source>Rescue time set. The checklist was made: %L1 steps from the protocols in force, each due from T0.</source>
        <translation>عُيّن وقت الإنقاذ. أُنشئت قائمة التحقق من البروتوكولات السارية، وعدد خطواتها %L1، واستحقاق كل منها محسوب من T0.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later. No open step had a due time to move.</source>
        <translation>أُخِّر وقت الإنقاذ بمقدار %1. لم تكن هناك خطوة مفتوحة لها موعد استحقاق يُزاح.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier. No open step had a due time to move.</source>
        <translation>قُدِّم وقت الإنقاذ بمقدار %1. لم تكن هناك خطوة مفتوحة لها موعد استحقاق يُزاح.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: the open step is now due %1 later.</source>
        <translation>أُخِّر وقت الإنقاذ بمقدار %1: وأُخِّر موعد استحقاق الخطوة المفتوحة بمقدار %1 أيضًا.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: the open step is now due %1 earlier.</source>
        <translation>قُدِّم وقت الإنقاذ بمقدار %1: وقُدِّم موعد استحقاق الخطوة المفتوحة بمقدار %1 أيضًا.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: %L2 open steps are now due %1 later.</source>
        <translation>أُخِّر وقت الإنقاذ بمقدار %1: وأُخِّرت مواعيد استحقاق الخطوات المفتوحة، وعددها %L2، بمقدار %1 أيضًا.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: %L2 open steps are now due %1 earlier.</source>
        <translation>قُدِّم وقت الإنقاذ بمقدار %1: وقُدِّمت مواعيد استحقاق الخطوات المفتوحة، وعددها %L2، بمقدار %1 أيضًا.</translation>
    </message>
    <message>
        <source>Files (protected)</source>
        <translation>الملفات (محمية)</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorFields</name>
    <message>
        <source>Not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>Language codes, separated by commas (e.g. ro, en)</source>
        <translation>رموز اللغات مفصولة بفواصل (مثل ro, en)</translation>
    </message>
    <message>
        <source>Minor, foreign national and sexual violence decide which protocol steps apply: steps that come to apply are added to the checklist, due from T0. Nothing here identifies the survivor: names and contacts belong in the identity panel.</source>
        <translation>كون الناجي قاصرًا، أو أجنبي الجنسية، أو تعرّض لعنف جنسي، هو ما يحدد خطوات البروتوكول التي تنطبق: الخطوات التي تصبح منطبقة تُضاف إلى قائمة التحقق، واستحقاقها محسوب من T0. لا شيء هنا يكشف هوية الناجي: الأسماء وبيانات الاتصال مكانها لوحة الهوية.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>The survivor could not be changed.</source>
        <translation>تعذر تغيير بيانات الناجي.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Follows the age band: under 18 is a minor. Choose the age band Unknown to record a presumed minor whose age is in doubt.</source>
        <translation>تتبع الفئة العمرية: دون 18 قاصر. اختر الفئة العمرية «غير معروف» لتسجيل قاصر مفترض عمره موضع شك.</translation>
    </message>
    <message>
        <source>Record a presumed minor while the age is in doubt</source>
        <translation>تسجيل قاصر مفترض ما دام العمر موضع شك</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorListModel</name>
    <message>
        <source>%1 of %2 steps settled (done, not applicable or declined by the survivor)</source>
        <translation>حُسمت %1 من أصل %2 خطوة (منجزة، أو لا تنطبق، أو رفضها الناجي)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>لا توجد قائمة تحقق</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>وقت الإنقاذ (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation>تعذرت قراءة الناجين: %1</translation>
    </message>
</context>
<context>
    <name>tandem::Survivors</name>
    <message>
        <source>give the rescue time (T0) as a date and time</source>
        <translation>أدخل وقت الإنقاذ (T0) تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>this survivor was deleted</source>
        <translation>حُذف سجل هذا الناجي</translation>
    </message>
    <message>
        <source>the rescue time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation>وقت الإنقاذ %1 يتجاوز الوقت الحالي بأكثر من يوم (الوقت الآن %2)؛ تحقّق من التاريخ وفارق توقيته</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is recorded as done at %2, before this rescue time (%3); correct that step&apos;s time first</source>
        <translation>الخطوة &quot;%1&quot; مسجَّلة على أنها أُنجزت في %2، قبل وقت الإنقاذ هذا (%3)؛ صحّح وقت تلك الخطوة أولًا</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorsView</name>
    <message>
        <source>New Survivor</source>
        <translation>ناجٍ جديد</translation>
    </message>
    <message>
        <source>Find by code or operation</source>
        <translation>البحث بالرمز أو العملية</translation>
    </message>
    <message>
        <source>Record a survivor under a new pseudonymous code (V-year-number)</source>
        <translation>تسجيل ناجٍ برمز مستعار جديد (V-السنة-الرقم)</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>الناجون</translation>
    </message>
    <message>
        <source>No survivors recorded</source>
        <translation>لا يوجد ناجون مسجلون</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>لم يُعثر على أي نتيجة</translation>
    </message>
    <message>
        <source>1 survivor</source>
        <translation>ناجٍ واحد</translation>
    </message>
    <message>
        <source>The survivor could not be added.</source>
        <translation>تعذرت إضافة الناجي.</translation>
    </message>
    <message>
        <source>Find survivors</source>
        <translation>البحث عن ناجين</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors</source>
        <translation>
            <numerusform>لا ناجين</numerusform>
            <numerusform>ناجٍ واحد</numerusform>
            <numerusform>ناجيان</numerusform>
            <numerusform>%Ln ناجين</numerusform>
            <numerusform>%Ln ناجيًا</numerusform>
            <numerusform>%Ln ناجٍ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Tick</name>
    <message>
        <source>the done time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation>وقت الإنجاز %1 يتجاوز الوقت الحالي بأكثر من يوم (الوقت الآن %2)؛ تحقّق من التاريخ وفارق توقيته</translation>
    </message>
    <message>
        <source>the done time %1 is before survivor %2 was recovered (T0, %3)</source>
        <translation>وقت الإنجاز %1 يسبق إنقاذ الناجي %2 (T0، %3)</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2</source>
        <translation>الحالة &quot;%1&quot; غير معروفة؛ الحالات هي: %2</translation>
    </message>
    <message>
        <source>a done time and who did it are recorded only for the states done, not_applicable and declined, not for %1</source>
        <translation>لا يُسجَّل وقت الإنجاز ومن قام بالخطوة إلا للحالات done وnot_applicable وdeclined، لا للحالة %1</translation>
    </message>
    <message>
        <source>this checklist step was deleted; it can no longer be ticked</source>
        <translation>حُذفت خطوة قائمة التحقق هذه؛ لم يعد بالإمكان تأشيرها</translation>
    </message>
    <message>
        <source>say who did it: a step marked %1 records who did it (done_by)</source>
        <translation>اذكر من قام بها: الخطوة المعلَّمة بالحالة %1 تسجّل من قام بها (done_by)</translation>
    </message>
</context>
<context>
    <name>tandem::TimeField</name>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Set a time</source>
        <translation>تعيين وقت</translation>
    </message>
    <message>
        <source>Clear the time</source>
        <translation>مسح الوقت</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>تعيين %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
</context>
<context>
    <name>tandem::TimeText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة و%2 دقيقة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم و%2 ساعة</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 يوم</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineChart</name>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(جهة محذوفة)</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>بلا جهة</translation>
    </message>
    <message>
        <source>Move task “%1”</source>
        <translation>نقل المهمة «%1»</translation>
    </message>
    <message>
        <source>%1, %2, due %3%4. Alt+Left and Alt+Right move it by 15 minutes.</source>
        <translation>%1، %2، مستحقة في %3%4. يُزيحها Alt+Left و Alt+Right بمقدار 15 دقيقة.</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>بلا جهة</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>، متأخرة</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: مستحقة في %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3
Due %4%5</source>
        <translation>%1
%2 · %3
مستحقة في %4%5</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (منجزة)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (متأخرة)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>No tasks with a due time yet</source>
        <translation>لا توجد مهام لها موعد استحقاق بعد</translation>
    </message>
    <message>
        <source>1 task on the time scale. Left and Right select a task.</source>
        <translation>مهمة واحدة على المقياس الزمني. يحدد السهمان الأيسر والأيمن مهمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks on the time scale. Left and Right select a task.</source>
        <translation>
            <numerusform>لا مهام على المقياس الزمني. يحدد السهمان الأيسر والأيمن مهمة.</numerusform>
            <numerusform>مهمة واحدة على المقياس الزمني. يحدد السهمان الأيسر والأيمن مهمة.</numerusform>
            <numerusform>مهمتان على المقياس الزمني. يحدد السهمان الأيسر والأيمن مهمة.</numerusform>
            <numerusform>%n مهام على المقياس الزمني. يحدد السهمان الأيسر والأيمن مهمة.</numerusform>
            <numerusform>%n مهمة على المقياس الزمني. يحدد السهمان الأيسر والأيمن مهمة.</numerusform>
            <numerusform>%n مهمة على المقياس الزمني. يحدد السهمان الأيسر والأيمن مهمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TimelinePage</name>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>تكبير (+ أو Ctrl+عجلة الفأرة)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>تصغير (- أو Ctrl+عجلة الفأرة)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>عرض الجدول الزمني كاملًا</translation>
    </message>
    <message>
        <source>Drag a task to give it a new time, or select it and press Alt+Left or Alt+Right. Red: past due and not done.</source>
        <translation>اسحب مهمة لتعطيها وقتًا جديدًا، أو حدّدها واضغط Alt+Left أو Alt+Right. الأحمر: تجاوزت موعد استحقاقها ولم تُنجز.</translation>
    </message>
    <message>
        <source>Overdue: past due and not done</source>
        <translation>متأخرة: تجاوزت موعد استحقاقها ولم تُنجز</translation>
    </message>
</context>
<context>
    <name>tandem::TipLinking</name>
    <message>
        <source>Link to an operation</source>
        <translation>الربط بعملية</translation>
    </message>
    <message>
        <source>The operations could not be read.</source>
        <translation>تعذّرت قراءة العمليات.</translation>
    </message>
    <message>
        <source>There is no open operation to link the tip to.</source>
        <translation>لا توجد عملية مفتوحة لربط البلاغ بها.</translation>
    </message>
    <message>
        <source>Plan the operation first (Operations, New), then link the tip from it or from here.</source>
        <translation>خطّط للعملية أولًا (العمليات، جديد)، ثم اربط البلاغ منها أو من هنا.</translation>
    </message>
    <message>
        <source>The operation this tip led to:</source>
        <translation>العملية التي أدّى إليها هذا البلاغ:</translation>
    </message>
    <message>
        <source>Link a tip</source>
        <translation>ربط بلاغ</translation>
    </message>
    <message>
        <source>The tips could not be read.</source>
        <translation>تعذّرت قراءة البلاغات.</translation>
    </message>
    <message>
        <source>There is no open tip to link.</source>
        <translation>لا يوجد بلاغ مفتوح لربطه.</translation>
    </message>
    <message>
        <source>Only new and assessed tips can be linked; log a tip in the Tips view.</source>
        <translation>لا يمكن ربط إلا البلاغات الجديدة والمقيَّمة؛ سجِّل البلاغ في عرض البلاغات.</translation>
    </message>
    <message>
        <source>The tip that led to this operation:</source>
        <translation>البلاغ الذي أدّى إلى هذه العملية:</translation>
    </message>
    <message>
        <source>Link tip to operation</source>
        <translation>ربط البلاغ بالعملية</translation>
    </message>
    <message>
        <source>Unlink tip</source>
        <translation>إلغاء ربط البلاغ</translation>
    </message>
    <message>
        <source>Search code names, targets, agencies, notes…</source>
        <translation>ابحث في الأسماء الرمزية والأهداف والجهات والملاحظات…</translation>
    </message>
    <message>
        <source>Search open operations</source>
        <translation>البحث في العمليات المفتوحة</translation>
    </message>
    <message>
        <source>Open operations, latest first</source>
        <translation>العمليات المفتوحة، الأحدث أولًا</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>Search places, channels, descriptions…</source>
        <translation>ابحث في الأماكن والقنوات والأوصاف…</translation>
    </message>
    <message>
        <source>Search open tips</source>
        <translation>البحث في البلاغات المفتوحة</translation>
    </message>
    <message>
        <source>Open tips, latest first</source>
        <translation>البلاغات المفتوحة، الأحدث أولًا</translation>
    </message>
</context>
<context>
    <name>tandem::TipListModel</name>
    <message>
        <source>(deleted operation)</source>
        <translation>(عملية محذوفة)</translation>
    </message>
    <message>
        <source>The tips could not be read: %1</source>
        <translation>تعذرت قراءة البلاغات: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>مؤشر واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>لا مؤشرات</numerusform>
            <numerusform>مؤشر واحد</numerusform>
            <numerusform>مؤشران</numerusform>
            <numerusform>%n مؤشرات</numerusform>
            <numerusform>%n مؤشرًا</numerusform>
            <numerusform>%n مؤشر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TipsView</name>
    <message>
        <source>&amp;New tip</source>
        <translation>بلاغ &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Assessed</source>
        <translation>مق&amp;يَّم</translation>
    </message>
    <message>
        <source>&amp;Link to operation…</source>
        <translation>ر&amp;بط بعملية…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;إلغاء الربط</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ف&amp;تح</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Open (new and assessed)</source>
        <translation>المفتوحة (الجديدة والمقيَّمة)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>المقيَّمة</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation>مرتبطة بعملية</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>المغلقة</translation>
    </message>
    <message>
        <source>All tips</source>
        <translation>كل البلاغات</translation>
    </message>
    <message>
        <source>Show tips</source>
        <translation>عرض البلاغات</translation>
    </message>
    <message>
        <source>Log a tip from the hotline, a walk-in, online or a partner (Ctrl+Shift+N or Insert)</source>
        <translation>تسجيل بلاغ ورد عبر الخط الساخن، أو حضوريًا، أو عبر الإنترنت، أو من شريك (Ctrl+Shift+N أو Insert)</translation>
    </message>
    <message>
        <source>Delete the selected tip (Delete)</source>
        <translation>حذف البلاغ المحدد (Delete)</translation>
    </message>
    <message>
        <source>Log the tip (Ctrl+Return)</source>
        <translation>تسجيل البلاغ (Ctrl+Return)</translation>
    </message>
    <message>
        <source>The tip has been assessed (its credibility set)</source>
        <translation>تم تقييم البلاغ (حُدّدت مصداقيته)</translation>
    </message>
    <message>
        <source>Link the tip to the operation it led to (Ctrl+Shift+L)</source>
        <translation>ربط البلاغ بالعملية التي أدى إليها (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Nothing more to do with this tip</source>
        <translation>لا شيء آخر يُفعل بهذا البلاغ</translation>
    </message>
    <message>
        <source>The indicators are common signs of trafficking, in our own words, after the UNODC&apos;s “Human trafficking indicators” and the ILO&apos;s “Indicators of forced labour” (2012). One sign alone proves nothing; several together are worth a closer look.</source>
        <translation>المؤشرات علامات شائعة على الاتجار بالبشر، صغناها بكلماتنا، استنادًا إلى «مؤشرات الاتجار بالبشر» الصادرة عن مكتب الأمم المتحدة المعني بالمخدرات والجريمة (UNODC) و«مؤشرات العمل الجبري» الصادرة عن منظمة العمل الدولية (ILO) (2012). علامة واحدة وحدها لا تثبت شيئًا؛ أما عدة علامات معًا فتستحق نظرة أدق.</translation>
    </message>
    <message>
        <source>Select a tip to see and triage it, or log a new one.</source>
        <translation>اختر بلاغًا لعرضه وفرزه، أو سجّل بلاغًا جديدًا.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>البلاغ</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation>البلاغ: %1</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>مرتبط بـ%1</translation>
    </message>
    <message>
        <source>a deleted operation</source>
        <translation>عملية محذوفة</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>بلاغ جديد</translation>
    </message>
    <message>
        <source>Log tip</source>
        <translation>تسجيل البلاغ</translation>
    </message>
    <message>
        <source>Delete tip</source>
        <translation>حذف البلاغ</translation>
    </message>
    <message>
        <source>Delete this tip?</source>
        <translation>هل تريد حذف هذا البلاغ؟</translation>
    </message>
    <message>
        <source>A tip that led nowhere is better closed, so that it still counts. Undo (Ctrl+Z) brings it back.</source>
        <translation>الأفضل إغلاق البلاغ الذي لم يُفضِ إلى شيء، كي يبقى محسوبًا. التراجع (Ctrl+Z) يعيده.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>المعروض: %L1</translation>
    </message>
</context>
<context>
    <name>tandem::TodayModel</name>
    <message>
        <source>The steps due could not be read.</source>
        <translation>تعذرت قراءة الخطوات المستحقة.</translation>
    </message>
    <message>
        <source>Overdue (%L1)</source>
        <translation>متأخرة (%L1)</translation>
    </message>
    <message>
        <source>Due in the next 24 hours (%L1)</source>
        <translation>مستحقة خلال الساعات الـ24 القادمة (%L1)</translation>
    </message>
    <message>
        <source>Before the first interview, rescued in the last two weeks (%L1)</source>
        <translation>قبل المقابلة الأولى، لمن أُنقذوا خلال الأسبوعين الماضيين (%L1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>خطوة واحدة</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (اختيارية)</translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation>قبل المقابلة الأولى</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>متأخر بـ %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>rescued %1 ago</source>
        <translation>أُنقذ منذ %1</translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation>تعذّر تأشير الخطوة.</translation>
    </message>
    <message>
        <source>Survivor and step</source>
        <translation>الناجي والخطوة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation>التأخير / المتبقي</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps</source>
        <translation>
            <numerusform>لا خطوات</numerusform>
            <numerusform>خطوة واحدة</numerusform>
            <numerusform>خطوتان</numerusform>
            <numerusform>%Ln خطوات</numerusform>
            <numerusform>%Ln خطوة</numerusform>
            <numerusform>%Ln خطوة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TodayView</name>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Declined by Survivor</source>
        <translation>رفضها الناجي</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <source>Open Survivor</source>
        <translation>فتح سجل الناجي</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>كل المسؤولين</translation>
    </message>
    <message>
        <source>The selected step was done (or click its box, or press Space)</source>
        <translation>أُنجزت الخطوة المحددة (أو انقر مربعها، أو اضغط Space)</translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice</source>
        <translation>اختار الناجي عدم الحصول على هذا: يُسجَّل على أنه اختياره</translation>
    </message>
    <message>
        <source>The step does not apply to this survivor</source>
        <translation>لا تنطبق الخطوة على هذا الناجي</translation>
    </message>
    <message>
        <source>Show the selected survivor&apos;s whole checklist</source>
        <translation>عرض قائمة التحقق الكاملة للناجي المحدد</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>العملية:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>كل العمليات</translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 due in the next 24 hours · %L3 before a first interview</source>
        <translation>متأخرة: %L1 · مستحقة خلال الساعات الـ24 القادمة: %L2 · قبل مقابلة أولى: %L3</translation>
    </message>
    <message>
        <source>Nothing owed now for this owner and operation.</source>
        <translation>لا شيء مستحق الآن لهذا المسؤول وهذه العملية.</translation>
    </message>
    <message>
        <source>Nothing is overdue, due in the next 24 hours or owed before a first interview. Steps owed to survivors appear here as their time comes.</source>
        <translation>لا شيء متأخر أو مستحق خلال الساعات الـ24 القادمة أو مستحق قبل مقابلة أولى. تظهر هنا الخطوات المستحقة للناجين حين يحين وقتها.</translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation>تعذّر تغيير الخطوة.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>تحديد كمنجزة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Between operations</source>
        <translation>بين العمليات</translation>
    </message>
    <message>
        <source>The selected action item or task is done (or click its box, or press Space)</source>
        <translation>أُنجز بند العمل أو المهمة المحددة (أو انقر مربعه، أو اضغط Space)</translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 action items (7 days) · %L3 operation tasks (24 hours) · %L4 protocol reviews</source>
        <translation>متأخرة: %L1 · بنود عمل (7 أيام): %L2 · مهام عمليات (24 ساعة): %L3 · مراجعات بروتوكولات: %L4</translation>
    </message>
    <message>
        <source>Show the steps of</source>
        <translation>عرض خطوات</translation>
    </message>
    <message>
        <source>Show the steps of the operation</source>
        <translation>عرض خطوات العملية</translation>
    </message>
    <message>
        <source>Open the meeting, operation, protocol or survivor it comes from (Return or double-click)</source>
        <translation>افتح الاجتماع أو العملية أو البروتوكول أو الناجي الذي يأتي منه (Return أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>Action items, operation tasks, protocol reviews and identities due for erasure</source>
        <translation>بنود العمل ومهام العمليات ومراجعات البروتوكولات والهويات المستحقة للمحو</translation>
    </message>
    <message>
        <source> · 1 identity due for erasure</source>
        <translation> · هوية واحدة مستحقة للمحو</translation>
    </message>
    <message numerus="yes">
        <source> · %n identities due for erasure</source>
        <translation>
            <numerusform> · %n هوية مستحقة للمحو</numerusform>
            <numerusform> · هوية واحدة مستحقة للمحو</numerusform>
            <numerusform> · هويتان مستحقتان للمحو</numerusform>
            <numerusform> · %n هويات مستحقة للمحو</numerusform>
            <numerusform> · %n هوية مستحقة للمحو</numerusform>
            <numerusform> · %n هوية مستحقة للمحو</numerusform>
        </translation>
    </message>
    <message>
        <source> · 1 warrant lapses before its operation</source>
        <translation> · أمر قضائي واحد ينتهي قبل عمليته</translation>
    </message>
    <message numerus="yes">
        <source> · %n warrants lapse before their operations</source>
        <translation>
            <numerusform> · %n أمر قضائي ينتهي قبل عمليته</numerusform>
            <numerusform> · أمر قضائي واحد ينتهي قبل عمليته</numerusform>
            <numerusform> · أمران قضائيان ينتهيان قبل عمليتيهما</numerusform>
            <numerusform> · %n أوامر قضائية تنتهي قبل عملياتها</numerusform>
            <numerusform> · %n أمرًا قضائيًا تنتهي قبل عملياتها</numerusform>
            <numerusform> · %n أمر قضائي تنتهي قبل عملياتها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TrustDialog</name>
    <message>
        <source>I have &amp;compared the fingerprint with the office</source>
        <translation>&amp;قارنتُ البصمة مع المكتب</translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation>الوثوق بمكتب شريك</translation>
    </message>
    <message>
        <source>Key card from %1</source>
        <translation>بطاقة المفتاح من %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Call &lt;b&gt;%1&lt;/b&gt; on a telephone number you already know for them (not one that came with the card) and ask them to read out the fingerprint of their key card (Exchange ▸ This Office&apos;s Key Card). Every digit must be the same.&lt;/p&gt;&lt;p&gt;If any digit differs, do not trust this card: someone else may have made it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اتصل بـ&lt;b&gt;%1&lt;/b&gt; على رقم هاتف تعرفه لديهم من قبل (لا رقمًا جاء مع البطاقة)، واطلب منهم أن يقرؤوا بصمة بطاقة المفتاح الخاصة بهم (التبادل ◂ بطاقة مفتاح هذا المكتب). يجب أن تتطابق كل الخانات.&lt;/p&gt;&lt;p&gt;إذا اختلفت أي خانة، فلا تثق بهذه البطاقة: ربما أنشأها شخص آخر.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name of the partner office in this file</source>
        <translation>اسم المكتب الشريك في هذا الملف</translation>
    </message>
    <message>
        <source>&amp;Known here as:</source>
        <translation>&amp;معروف هنا باسم:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;وثوق</translation>
    </message>
    <message>
        <source>Replace a Partner Office&apos;s Key</source>
        <translation>استبدال مفتاح مكتب شريك</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is known here with another key&lt;/b&gt; (fingerprint %2).&lt;/p&gt;&lt;p&gt;Trust this card only if %1 tells you it has made new keys, and every digit of the new fingerprint above matches what they read out. From then on, bundles signed with the old key are refused.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 معروف هنا بمفتاح آخر&lt;/b&gt; (البصمة %2).&lt;/p&gt;&lt;p&gt;لا تثق بهذه البطاقة إلا إذا أخبرك %1 أنه أنشأ مفاتيح جديدة، وطابقت كل أرقام البصمة الجديدة أعلاه ما قرأه لك. ومن حينها تُرفض الحزم الموقّعة بالمفتاح القديم.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I have &amp;compared the new fingerprint with the office</source>
        <translation>&amp;قارنتُ البصمة الجديدة مع المكتب</translation>
    </message>
    <message>
        <source>&amp;Replace the Key</source>
        <translation>ا&amp;ستبدل المفتاح</translation>
    </message>
</context>
<context>
    <name>tandem::UndoFile</name>
    <message>
        <source>the table %1 has no key, so its changes cannot be recorded for an undo</source>
        <translation>الجدول %1 بلا مفتاح، لذا لا يمكن تسجيل تغييراته للتراجع عنها</translation>
    </message>
    <message>
        <source>an undo is recorded from before the transaction it records</source>
        <translation>يُسجَّل التراجع من قبل المعاملة التي يسجّلها</translation>
    </message>
    <message>
        <source>cannot make the undo file: %1</source>
        <translation>تعذّر إنشاء ملف التراجع: %1</translation>
    </message>
    <message>
        <source>the undo file could not be closed</source>
        <translation>تعذّر إغلاق ملف التراجع</translation>
    </message>
    <message>
        <source>this is not an undo file of Tandem: %1</source>
        <translation>هذا ليس ملف تراجع من Tandem: %1</translation>
    </message>
    <message>
        <source>it was made for another file</source>
        <translation>أُنشئ لملف آخر</translation>
    </message>
    <message>
        <source>what it recorded was never saved (Tandem stopped during the merge)</source>
        <translation>ما سجّله لم يُحفظ قط (توقف Tandem أثناء الدمج)</translation>
    </message>
    <message>
        <source>the file was restored to a state before it, or it was undone already</source>
        <translation>استُعيد الملف إلى حالة سابقة له، أو جرى التراجع عنه من قبل</translation>
    </message>
    <message>
        <source>the undo of %1 could not be applied to %2: %3</source>
        <translation>تعذّر تطبيق التراجع عن %1 على %2: %3</translation>
    </message>
    <message>
        <source>cannot read the undo file: %1</source>
        <translation>تعذّرت قراءة ملف التراجع: %1</translation>
    </message>
    <message>
        <source>this undo file is not in the backup folder of %1</source>
        <translation>ملف التراجع هذا ليس في مجلد النسخ الاحتياطية لـ %1</translation>
    </message>
    <message>
        <source>this undo no longer applies: %1</source>
        <translation>لم يعد هذا التراجع ممكنًا: %1</translation>
    </message>
    <message>
        <source>%1 later merges would have to be undone first; undo some of them on their own first</source>
        <translation>يجب التراجع أولًا عن %1 عمليات دمج لاحقة؛ تراجع عن بعضها وحدها أولًا</translation>
    </message>
    <message>
        <source>before undoing %1</source>
        <translation>قبل التراجع عن %1</translation>
    </message>
    <message>
        <source>%1 rows put back as they were, %2 rows removed; %3 of them had changed since</source>
        <translation>أُعيد %1 صفًا إلى ما كان عليه، وحُذف %2 صفًا؛ %3 منها تغيّر منذ ذلك الحين</translation>
    </message>
</context>
<context>
    <name>tandem::Value</name>
    <message>
        <source>This office only</source>
        <translation>هذا المكتب فقط</translation>
    </message>
    <message>
        <source>Partner offices</source>
        <translation>المكاتب الشريكة</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Federal agency</source>
        <translation>جهة اتحادية</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>النيابة العامة</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <translation>تفتيش العمل</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>الهجرة</translation>
    </message>
    <message>
        <source>NGO victim services</source>
        <translation>منظمة غير حكومية لخدمات الضحايا</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>مأوى</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>طبي</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>حماية الطفل</translation>
    </message>
    <message>
        <source>Community organisation</source>
        <translation>منظمة مجتمعية</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>الاستغلال الجنسي</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>الاستغلال في العمل</translation>
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation>الاستعباد المنزلي</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>الإجبار على ارتكاب الجرائم</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>التسول القسري</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>الزواج القسري</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>نزع الأعضاء</translation>
    </message>
    <message>
        <source>Mixed or unclear</source>
        <translation>مختلط أو غير واضح</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>تمت الإحاطة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>القيادة</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>تأمين المحيط</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Victim services</source>
        <translation>خدمات الضحايا</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم شفهي</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>التحضير</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>الإحاطة</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Post-rescue</source>
        <translation>ما بعد الإنقاذ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>استخلاص المعلومات</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>أقل من 12</translation>
    </message>
    <message>
        <source>12–15</source>
        <translation>⁦12–15⁩</translation>
    </message>
    <message>
        <source>16–17</source>
        <translation>⁦16–17⁩</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>⁦18–24⁩</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>⁦25–34⁩</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>⁦35–49⁩</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 فأكثر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>غير ثنائي الجنس</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>لم يُفصح عنه</translation>
    </message>
    <message>
        <source>Identity (name, date of birth)</source>
        <translation>الهوية (الاسم، تاريخ الميلاد)</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>تفاصيل الحالة</translation>
    </message>
    <message>
        <source>Medical information</source>
        <translation>المعلومات الطبية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>موقوف العمل به</translation>
    </message>
    <message>
        <source>Task-force lead</source>
        <translation>قائد فرقة العمل</translation>
    </message>
    <message>
        <source>NGO advocate</source>
        <translation>مناصر من منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>After the rescue (T0)</source>
        <translation>بعد الإنقاذ (T0)</translation>
    </message>
    <message>
        <source>Before the first interview</source>
        <translation>قبل المقابلة الأولى</translation>
    </message>
    <message>
        <source>All survivors</source>
        <translation>جميع الناجين</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>القاصرون</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>الرعايا الأجانب</translation>
    </message>
    <message>
        <source>After sexual violence</source>
        <translation>بعد التعرض لعنف جنسي</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <source>Declined by survivor</source>
        <translation>رفضها الناجي</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>الخط الساخن</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>الرعاية الطبية</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>الترجمة الشفهية</translation>
    </message>
    <message>
        <source>Child services</source>
        <translation>خدمات الأطفال</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>التوظيف والتدريب</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>سجل العملية</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>درس مستفاد</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>اجتماع تنسيقي</translation>
    </message>
    <message>
        <source>Joint training</source>
        <translation>تدريب مشترك</translation>
    </message>
    <message>
        <source>Community outreach</source>
        <translation>توعية مجتمعية</translation>
    </message>
    <message>
        <source>After-action review</source>
        <translation>مراجعة ما بعد العملية</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>حضور شخصي</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Partner referral</source>
        <translation>إحالة من شريك</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>لم تُقيَّم بعد</translation>
    </message>
    <message>
        <source>Identity documents held by someone else</source>
        <translation>وثائق الهوية بحوزة شخص آخر</translation>
    </message>
    <message>
        <source>Debt that cannot be paid off</source>
        <translation>دين لا يمكن سداده</translation>
    </message>
    <message>
        <source>Not free to come and go</source>
        <translation>لا يتمتع بحرية التنقل</translation>
    </message>
    <message>
        <source>Lives where they work</source>
        <translation>يقيم في مكان عمله</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>ساعات عمل مفرطة</translation>
    </message>
    <message>
        <source>Unpaid or paid far below the norm</source>
        <translation>بلا أجر أو بأجر أدنى بكثير من المعتاد</translation>
    </message>
    <message>
        <source>Signs of physical abuse</source>
        <translation>علامات إيذاء جسدي</translation>
    </message>
    <message>
        <source>Fearful, or answers seem coached</source>
        <translation>خائف، أو تبدو إجاباته مُلقَّنة</translation>
    </message>
    <message>
        <source>A minor in commercial sex</source>
        <translation>قاصر يُستغل في الجنس التجاري</translation>
    </message>
    <message>
        <source>Someone else speaks or decides for them</source>
        <translation>شخص آخر يتحدث أو يقرر نيابةً عنه</translation>
    </message>
    <message>
        <source>Threats against them or their family</source>
        <translation>تهديدات له أو لعائلته</translation>
    </message>
    <message>
        <source>Isolated, no contact with family or community</source>
        <translation>معزول، بلا تواصل مع العائلة أو المجتمع</translation>
    </message>
    <message>
        <source>Recruited with false promises</source>
        <translation>جرى تجنيده بوعود كاذبة</translation>
    </message>
    <message>
        <source>Many people housed at one address</source>
        <translation>عدد كبير من الأشخاص يسكنون في عنوان واحد</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>New</source>
        <comment>a tip&apos;s status</comment>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>a tip&apos;s status</comment>
        <translation>مقيَّم</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <comment>a tip&apos;s status</comment>
        <translation>مرتبط بعملية</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>a tip&apos;s status</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>All offices of the network</source>
        <translation>كل مكاتب الشبكة</translation>
    </message>
    <message>
        <source>A sharing group</source>
        <translation>مجموعة مشاركة</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>Identity erased</source>
        <translation>مُحيت الهوية</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>انقضت مدة الاحتفاظ</translation>
    </message>
</context>
<context>
    <name>tandem::Warrants</name>
    <message>
        <source>warrant %1 is issued on %2, after the operation starts</source>
        <translation>الأمر القضائي %1 يصدر في %2، أي بعد بدء العملية</translation>
    </message>
    <message>
        <source>warrant %1 expires on %2, before the operation starts</source>
        <translation>الأمر القضائي %1 تنتهي صلاحيته في %2، أي قبل بدء العملية</translation>
    </message>
    <message>
        <source>Target “%1” needs a warrant, and no warrant of the operation covers it.</source>
        <translation>الهدف «%1» يتطلب أمرًا قضائيًا، ولا يشمله أي أمر قضائي من أوامر العملية.</translation>
    </message>
    <message>
        <source>Target “%1” needs a warrant valid when the operation starts: %2.</source>
        <translation>الهدف «%1» يتطلب أمرًا قضائيًا ساريًا عند بدء العملية: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target id</source>
        <translation>«%1» ليس معرّف هدف</translation>
    </message>
    <message>
        <source>there is no target with id %1</source>
        <translation>لا يوجد هدف بالمعرّف %1</translation>
    </message>
    <message>
        <source>target “%1” belongs to another operation: a warrant covers targets of its own operation</source>
        <translation>الهدف «%1» يتبع عملية أخرى: لا يشمل الأمر القضائي إلا أهداف عمليته</translation>
    </message>
    <message>
        <source>Warrant %1 is issued on %2, after %3 starts on %4.</source>
        <translation>يصدر الأمر القضائي %1 في %2، أي بعد بدء %3 في %4.</translation>
    </message>
    <message>
        <source>Warrant %1 expires on %2, before %3 starts on %4.</source>
        <translation>تنتهي صلاحية الأمر القضائي %1 في %2، أي قبل بدء %3 في %4.</translation>
    </message>
</context>
<context>
    <name>tandem::WhoAreYouDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <source>Several people use %1. Choose who you are and enter your own passphrase: what you change is recorded in your name.</source>
        <translation>يستخدم عدة أشخاص %1. اختر من أنت وأدخل عبارة مرورك: ما تغيّره يُسجَّل باسمك.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Office Passphrase</source>
        <translation>عبارة مرور المكتب</translation>
    </message>
    <message>
        <source>This file is from before Tandem knew its people. Enter the office passphrase once: it becomes your own passphrase, as the office&apos;s first lead, and you can then add the others in Security &gt; People.</source>
        <translation>هذا الملف من قبل أن يعرف Tandem أشخاصه. أدخل عبارة مرور المكتب مرة واحدة: تصبح عبارة مرورك الخاصة بصفتك أول مسؤول في المكتب، ثم يمكنك إضافة الآخرين من الأمان &gt; الأشخاص.</translation>
    </message>
    <message>
        <source>nobody can open this file: it has no people with a passphrase</source>
        <translation>لا يستطيع أحد فتح هذا الملف: ليس فيه أشخاص لهم عبارة مرور</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
</context>
<context>
    <name>tandem::bundle</name>
    <message>
        <source>not a Tandem bundle</source>
        <translation>ليست حزمة Tandem</translation>
    </message>
    <message>
        <source>bundle is truncated</source>
        <translation>الحزمة مبتورة</translation>
    </message>
    <message>
        <source>bundle format %1 is not known to this version of Tandem (it reads format %2)</source>
        <translation>تنسيق الحزمة %1 غير معروف لهذا الإصدار من Tandem (فهو يقرأ التنسيق %2)</translation>
    </message>
    <message>
        <source>bundle is damaged: its header is too large</source>
        <translation>الحزمة تالفة: رأسها أكبر من اللازم</translation>
    </message>
    <message>
        <source>bundle is damaged: its header is not readable</source>
        <translation>الحزمة تالفة: رأسها غير قابل للقراءة</translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible length</source>
        <translation>الحزمة تالفة: لإحدى الكتل طول مستحيل</translation>
    </message>
    <message>
        <source>cannot read the payload: %1</source>
        <translation>تعذرت قراءة المحتوى: %1</translation>
    </message>
    <message>
        <source>the key of recipient %1 is not usable</source>
        <translation>مفتاح المستلم %1 غير صالح للاستخدام</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>تعذرت كتابة الحزمة: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>تعذرت قراءة الحزمة: %1</translation>
    </message>
    <message>
        <source>bundle was signed by an office you do not trust (fingerprint %1)</source>
        <translation>الحزمة موقعة من مكتب لا تثق به (البصمة %1)</translation>
    </message>
    <message>
        <source>bundle was changed after it was signed, or damaged: its signature does not match the sender&apos;s key</source>
        <translation>عُدِّلت الحزمة بعد توقيعها، أو أنها تالفة: توقيعها لا يطابق مفتاح المرسِل</translation>
    </message>
    <message>
        <source>bundle is not for this office (it is for %1)</source>
        <translation>الحزمة ليست لهذا المكتب (إنها لـ%1)</translation>
    </message>
    <message>
        <source>bundle cannot be opened with this office&apos;s key</source>
        <translation>لا يمكن فتح الحزمة بمفتاح هذا المكتب</translation>
    </message>
    <message>
        <source>bundle is damaged: unknown compression</source>
        <translation>الحزمة تالفة: طريقة ضغط غير معروفة</translation>
    </message>
    <message>
        <source>bundle is damaged: its stream header is not valid</source>
        <translation>الحزمة تالفة: رأس التدفق غير صالح</translation>
    </message>
    <message>
        <source>cannot write the decrypted payload: %1</source>
        <translation>تعذرت كتابة المحتوى بعد فك تشفيره: %1</translation>
    </message>
    <message>
        <source>bundle is damaged: data follows its final block</source>
        <translation>الحزمة تالفة: توجد بيانات بعد كتلتها الأخيرة</translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decrypt</source>
        <translation>الحزمة تالفة: تعذر فك تشفير إحدى الكتل</translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible size</source>
        <translation>الحزمة تالفة: لإحدى الكتل حجم مستحيل</translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decompress</source>
        <translation>الحزمة تالفة: تعذر فك ضغط إحدى الكتل</translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation>أُلغي الدمج</translation>
    </message>
    <message>
        <source>bundle is larger than Tandem reads (%1 GiB at most)</source>
        <translation>الحزمة أكبر مما يقرؤه Tandem (%1 غيغابايت على الأكثر)</translation>
    </message>
    <message>
        <source>not a Tandem bundle (not a file)</source>
        <translation>ليست حزمة Tandem (ليست ملفًا)</translation>
    </message>
    <message>
        <source>there is not enough memory to open the bundle</source>
        <translation>لا توجد ذاكرة كافية لفتح الحزمة</translation>
    </message>
    <message>
        <source>bundle is damaged: a part of an attached file has an impossible size</source>
        <translation>الحزمة تالفة: جزء من ملف مرفق بحجم مستحيل</translation>
    </message>
    <message>
        <source>bundle is truncated: a part of an attached file is cut short</source>
        <translation>الحزمة مبتورة: جزء من ملف مرفق مقطوع</translation>
    </message>
    <message>
        <source>a part of an attached file cannot go into a bundle</source>
        <translation>لا يمكن وضع جزء من ملف مرفق في حزمة</translation>
    </message>
    <message>
        <source>bundle is damaged: its header counts blocks it does not have</source>
        <translation>الحزمة تالفة: يعدّ رأسها كتلًا ليست فيها</translation>
    </message>
    <message>
        <source>bundle is damaged: a part of an attached file has no valid name</source>
        <translation>الحزمة تالفة: جزء من ملف مرفق بلا اسم صالح</translation>
    </message>
</context>
<context>
    <name>tandem::demo</name>
    <message>
        <source>the number of operations must be from 0 to 1,000,000, not %1</source>
        <translation>يجب أن يكون عدد العمليات بين 0 و1,000,000، لا %1</translation>
    </message>
    <message>
        <source>making the demo failed, nothing was written: %1</source>
        <translation>فشل إنشاء قاعدة البيانات التجريبية، ولم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>the demo was cancelled; nothing was written</source>
        <translation>أُلغي إنشاء قاعدة البيانات التجريبية؛ ولم يُكتب شيء</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
</context>
<context>
    <name>tandem::payload</name>
    <message>
        <source>bundle payload is not readable: %1</source>
        <translation>محتوى الحزمة غير قابل للقراءة: %1</translation>
    </message>
    <message>
        <source>bundle payload has an unexpected table &quot;%1&quot;</source>
        <translation>محتوى الحزمة يحتوي على جدول غير متوقع &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bundle payload lacks the table &quot;%1&quot;</source>
        <translation>محتوى الحزمة ينقصه الجدول &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; has an unexpected column &quot;%2&quot;</source>
        <translation>جدول محتوى الحزمة &quot;%1&quot; يحتوي على عمود غير متوقع &quot;%2&quot;</translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; lacks the column &quot;%2&quot;</source>
        <translation>جدول محتوى الحزمة &quot;%1&quot; ينقصه العمود &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>قاعدة البيانات غير مفتوحة</translation>
    </message>
    <message>
        <source>there is not enough memory to make the bundle</source>
        <translation>لا توجد ذاكرة كافية لإنشاء الحزمة</translation>
    </message>
    <message>
        <source>bundle payload is empty</source>
        <translation>محتوى الحزمة فارغ</translation>
    </message>
    <message>
        <source>bundle payload cannot be opened: %1</source>
        <translation>تعذّر فتح محتوى الحزمة: %1</translation>
    </message>
    <message>
        <source>bundle payload cannot be opened</source>
        <translation>تعذّر فتح محتوى الحزمة</translation>
    </message>
</context>
<context>
    <name>tandem::report::Format</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (ملف واحد)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>نص OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>نصوص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>CSV (tables for spreadsheets)</source>
        <translation>CSV (جداول لبرامج جداول البيانات)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tandem::value</name>
    <message>
        <source>%1 field &quot;%2&quot;: expected %3, got &quot;%4&quot;</source>
        <translation>الحقل &quot;%2&quot; في %1: المتوقع %3، والمُستلَم &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 characters are allowed, got %4</source>
        <translation>الحقل &quot;%2&quot; في %1: الحد الأقصى المسموح %3 حرفًا، والمُستلَم %4</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>واحدة من: %1</translation>
    </message>
    <message>
        <source>a single line of text</source>
        <translation>سطر واحد من النص</translation>
    </message>
    <message>
        <source>text without control characters</source>
        <translation>نص بلا محارف تحكم</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>عدد صحيح من %1 إلى %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>عدد من %1 إلى %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>a date and time in ISO 8601 with an offset, e.g. 2026-05-01T06:00:00+02:00</source>
        <translation>تاريخ ووقت بصيغة ISO 8601 مع فارق التوقيت، مثل 2026-05-01T06:00:00+02:00</translation>
    </message>
    <message>
        <source>a date as yyyy-mm-dd</source>
        <translation>تاريخ بالصيغة yyyy-mm-dd</translation>
    </message>
    <message>
        <source>an id such as 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e</source>
        <translation>معرّف مثل 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e</translation>
    </message>
    <message>
        <source>a JSON array of strings or a comma-separated list</source>
        <translation>مصفوفة JSON من السلاسل النصية أو قائمة مفصولة بفواصل</translation>
    </message>
    <message>
        <source>a JSON array of strings</source>
        <translation>مصفوفة JSON من السلاسل النصية</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 entries are allowed, got %4</source>
        <translation>الحقل &quot;%2&quot; في %1: الحد الأقصى المسموح %3 إدخالًا، والمُستلَم %4</translation>
    </message>
    <message>
        <source>a plain value</source>
        <translation>قيمة بسيطة</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(مقفل)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
</TS>

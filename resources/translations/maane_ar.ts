<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccessLogTab</name>
    <message>
        <location filename="../../desktop/families/tabs/access_log.py" line="+34"/>
        <source>No entries.</source>
        <translation>لا توجد سجلات.</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../desktop/audit/review.py" line="+103"/>
        <location line="+80"/>
        <source>Access log</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(everyone)</source>
        <translation>(الجميع)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(every action)</source>
        <translation>(كل الإجراءات)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>allowed and denied</source>
        <translation>المسموحة والمرفوضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed only</source>
        <translation>المسموحة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied only</source>
        <translation>المرفوضة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;من تاريخ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;حتى تاريخ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the events of this filter</source>
        <translation>عرض أحداث هذه التصفية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the events of this filter as a CSV file (Excel)</source>
        <translation>حفظ أحداث هذه التصفية كملف CSV (Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;more</source>
        <translation>عرض ال&amp;مزيد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Person:</source>
        <translation>&amp;الشخص:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;ile number:</source>
        <translation>رقم ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp;member:</source>
        <translation>ال&amp;موظف/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Action:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allo&amp;wed:</source>
        <translation>م&amp;سموح:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+210"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+211"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+210"/>
        <source>Allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+11"/>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No events for this filter.</source>
        <translation>لا توجد أحداث لهذه التصفية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event that changed a record to see what changed.</source>
        <translation>اختر حدثًا غيّر سجلًا لرؤية ما تغيّر.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No person with this ID number.</source>
        <translation>لا يوجد شخص بهذا الرقم.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 events</source>
        <translation>%1 أحداث</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 files</source>
        <translation>%1 ملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Denied: the attempt was refused.</source>
        <translation>مرفوض: لم يُسمح بالمحاولة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the access log</source>
        <translation>تصدير سجل الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>التغييرات (قديم ← جديد)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+363"/>
        <source>Add a member — %1</source>
        <translation>إضافة فرد — %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please search for the person and choose them in the list.</source>
        <translation>يرجى البحث عن الشخص واختياره من القائمة.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="+92"/>
        <source>New staff account</source>
        <translation>حساب موظف/ة جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team:</source>
        <translation>الطاقم:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account stays inactive until another administrator or the manager approves it.</source>
        <translation>يبقى الحساب غير فعّال حتى يوافق عليه مسؤول نظام آخر أو مدير/ة القسم.</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+169"/>
        <source>Attach to an existing file — referral %1</source>
        <translation>ضم إلى ملف قائم — التوجه %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File number, family name, ID number or phone</source>
        <translation>رقم الملف، اسم العائلة، رقم الهوية أو الهاتف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>العامل/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>الطاقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type to find the family file</source>
        <translation>اكتب للبحث عن ملف العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family files found</source>
        <translation>ملفات العائلات التي عُثر عليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find the file:</source>
        <translation>&amp;بحث عن الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;amily files:</source>
        <translation>&amp;ملفات العائلات:</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../desktop/printing/batch_dialog.py" line="+30"/>
        <source>Print summaries</source>
        <translation>طباعة ملخصات</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n family file(s) selected</source>
        <translation>
            <numerusform>لم يُختر أي ملف عائلة</numerusform>
            <numerusform>تم اختيار ملف عائلة واحد</numerusform>
            <numerusform>تم اختيار ملفي عائلتين</numerusform>
            <numerusform>تم اختيار %n ملفات عائلات</numerusform>
            <numerusform>تم اختيار %n ملفًا عائليًا</numerusform>
            <numerusform>تم اختيار %n ملف عائلة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each family&apos;s language</source>
        <translation>لغة كل عائلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 files can be printed at once. Please select fewer files.</source>
        <translation>يمكن طباعة %1 ملفًا على الأكثر دفعة واحدة. يرجى اختيار ملفات أقل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the forms:</source>
        <translation>&amp;لغة النماذج:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="+28"/>
        <source>Change role or team — %1</source>
        <translation>تغيير الدور أو الطاقم — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team:</source>
        <translation>الطاقم:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change is applied when another administrator or the manager approves it.</source>
        <translation>يسري التغيير عندما يوافق عليه مسؤول نظام آخر أو مدير/ة القسم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for the change</source>
        <translation>طلب التغيير</translation>
    </message>
</context>
<context>
    <name>ChooseMemberDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+55"/>
        <source>A new person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A known person</source>
        <translation>شخص معروف</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Please search for the person and choose them in the list.</source>
        <translation>يرجى البحث عن الشخص واختياره من القائمة.</translation>
    </message>
</context>
<context>
    <name>CloseFileDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="+417"/>
        <location line="+18"/>
        <source>Close the file</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing date:</source>
        <translation>تاريخ الإغلاق:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the file of %1? The closing is recorded with its reason and date and cannot be undone; only a team head or the manager can reopen the file.</source>
        <translation>إغلاق ملف %1؟ يُسجَّل الإغلاق مع سببه وتاريخه ولا يمكن التراجع عنه؛ فقط رئيس/ة الطاقم أو مدير/ة القسم يمكنهم إعادة فتح الملف.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="+291"/>
        <source>Maane — no connection to the database</source>
        <translation>معنى — لا يوجد اتصال بقاعدة البيانات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database file on this computer (SQLite)</source>
        <translation>ملف قاعدة بيانات على هذا الحاسوب (SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department&apos;s shared database server (PostgreSQL)</source>
        <translation>خادم قاعدة البيانات المشتركة للقسم (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Maane could not open the database.</source>
        <translation>تعذّر على معنى فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات SQLite (*.sqlite);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-181"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note of %1:</source>
        <translation>تسجيل من %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrected text:</source>
        <translation>النص المصحَّح:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the correction? It is signed at once: it can no longer be changed or deleted.</source>
        <translation>حفظ التصحيح؟ يتم توقيعه فورًا: لن يكون بالإمكان تغييره أو حذفه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and sign</source>
        <translation>حفظ وتوقيع</translation>
    </message>
</context>
<context>
    <name>DepartmentSettingsView</name>
    <message>
        <location filename="../../desktop/admin/department.py" line="+83"/>
        <source>Department settings</source>
        <translation>إعدادات القسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letterhead printed on every form of the department. The logo: a PNG or JPEG image of at most 1 MB.</source>
        <translation>الترويسة المطبوعة على كل نموذج من نماذج القسم. الشعار: صورة PNG أو JPEG حتى 1 ميغابايت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;السلطة المحلية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Department:</source>
        <translation>&amp;القسم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;الهاتف:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>M&amp;unicipality (Arabic):</source>
        <translation>السلطة المحلية (&amp;عربي):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depar&amp;tment (Arabic):</source>
        <translation>القسم (عر&amp;بي):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress (Arabic):</source>
        <translation>العنوان (عرب&amp;ي):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty: the Hebrew text</source>
        <translation>فارغ: النص العبري</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose &amp;logo…</source>
        <translation>اختيار &amp;الشعار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No logo</source>
        <translation>&amp;بدون شعار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG or JPEG image of at most 1 MB</source>
        <translation>صورة PNG أو JPEG حتى 1 ميغابايت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on a &amp;summary:</source>
        <translation>ملاحظات في ال&amp;ملخص:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many of the latest signed notes a family summary offers by default</source>
        <translation>كم من أحدث الملاحظات الموقعة يعرضها ملخص الملف افتراضيًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The days within which a referral of each urgency gets an outcome. A referral older than that is shown as overdue in the intake queue, and the first-contact task of a hand-over is due after as many days.</source>
        <translation>عدد الأيام التي يجب أن يُتخذ خلالها قرار في التوجه حسب درجة الاستعجال. التوجه الأقدم من ذلك يظهر متأخرًا في قائمة انتظار الاستقبال، ومهمة التواصل الأول عند التسليم لعامل/ة العائلة يحين موعدها بعد العدد نفسه من الأيام.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Immediate:</source>
        <translation>&amp;فوري:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within &amp;24 hours:</source>
        <translation>خلال &amp;24 ساعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within a &amp;week:</source>
        <translation>خلال أ&amp;سبوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;outine:</source>
        <translation>اعتيا&amp;دي:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same day</source>
        <translation>في اليوم نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days (0 to 90) within which a referral of this urgency gets an outcome</source>
        <translation>عدد الأيام (من 0 إلى 90) التي يجب أن يُتخذ خلالها قرار في توجه بدرجة الاستعجال هذه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the preview</source>
        <translation>لغة المعاينة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the letterhead</source>
        <translation>معاينة الترويسة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview in:</source>
        <translation>المعاينة بـ:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose the logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No logo</source>
        <translation>بدون شعار</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../desktop/login.py" line="-323"/>
        <location line="+26"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Show the technical details</source>
        <translation>عرض التفاصيل التقنية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../desktop/widgets/due.py" line="+22"/>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The due date has passed</source>
        <translation>انقضى الموعد</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop/widgets/duplicates.py" line="+79"/>
        <location line="+16"/>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 may already be known to the department. Check the persons below: if one of them is the same person, use that person, so that no second record is created.</source>
        <translation>قد يكون %1 معروفًا للقسم من قبل. تحقّق من الأشخاص أدناه: إذا كان أحدهم هو الشخص نفسه، فاستخدمه حتى لا يُنشأ سجل ثانٍ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family files</source>
        <translation>ملفات العائلات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A strong match: most likely the same person</source>
        <translation>تطابق قوي: على الأرجح الشخص نفسه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use this person</source>
        <translation>ا&amp;ستخدام هذا الشخص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;None of these: a new person</source>
        <translation>&amp;لا أحد منهم: شخص جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back to the form</source>
        <translation>ال&amp;عودة إلى النموذج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the form, with what was typed (Esc)</source>
        <translation>العودة إلى النموذج مع ما كُتب فيه (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>None of these persons is the one you are entering? A new person will be registered, and your decision is recorded in the access log with the persons shown.</source>
        <translation>لا أحد من هؤلاء الأشخاص هو الشخص الذي تُدخله؟ سيُسجَّل شخص جديد، ويُسجَّل قرارك في سجل الوصول مع الأشخاص الذين عُرضوا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register a new person</source>
        <translation>تسجيل شخص جديد</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/app.py" line="+143"/>
        <source>Maane — unexpected error</source>
        <translation>معنى — خطأ غير متوقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Maane. Your work so far was not lost; you can continue working. Please send the details below to the system administrator.</source>
        <translation>حدث خلل داخل معنى. لم يضع عملك حتى الآن، ويمكنك متابعة العمل. يرجى إرسال التفاصيل أدناه إلى مسؤول النظام.</translation>
    </message>
</context>
<context>
    <name>FamilyListView</name>
    <message>
        <location filename="../../desktop/families/list_view.py" line="+59"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Search: family name, member name, ID number, phone or file number</source>
        <translation>بحث: اسم العائلة، اسم أحد أفرادها، رقم الهوية، الهاتف أو رقم الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include closed</source>
        <translation>بما في ذلك المغلقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;My files</source>
        <translation>&amp;ملفاتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the files assigned to you</source>
        <translation>الملفات المسندة إليك فقط</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Print summaries…</source>
        <translation>طباعة ملخصات…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New family file…</source>
        <translation>ملف عائلة جديد…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family files</source>
        <translation>ملفات العائلات</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>العامل/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>الطاقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restricted</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open tasks</source>
        <translation>مهام مفتوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>restricted</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open task(s), %2 of them overdue</source>
        <translation>%1 مهام مفتوحة، %2 منها متأخرة</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>more than %1 files…</source>
        <translation>أكثر من %1 ملفًا…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The list could not be loaded: %1</source>
        <translation>تعذّر تحميل القائمة: %1</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="-373"/>
        <source>Edit file details — %1</source>
        <translation>تحرير تفاصيل الملف — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Family name:</source>
        <translation>&amp;اسم العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>العن&amp;وان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>ال&amp;بلدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neighbourhood:</source>
        <translation>ال&amp;حي:</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <location filename="../../desktop/families/file_view.py" line="+70"/>
        <source>Back to the list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit file details…</source>
        <translation>تحرير تفاصيل الملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign to a worker</source>
        <translation>نقل إلى عامل/ة آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the file</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print summary</source>
        <translation>طباعة ملخص</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restricted file</source>
        <translation>ملف سرّي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality / neighbourhood:</source>
        <translation>البلدة / الحي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker:</source>
        <translation>العامل/ة الاجتماعي/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team:</source>
        <translation>الطاقم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened:</source>
        <translation>فُتح:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed:</source>
        <translation>أُغلق:</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Summary of file %1 — %2</source>
        <translation>ملخص الملف %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/members.py" line="+29"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="+15"/>
        <location filename="../../desktop/families/tabs/members.py" line="+2"/>
        <source>Members</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/notes.py" line="+30"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>الكاتب/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New note</source>
        <translation>تسجيل جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <location line="+4"/>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="+2"/>
        <location filename="../../desktop/families/tabs/notes.py" line="-22"/>
        <source>Notes</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/tasks.py" line="+26"/>
        <location line="+29"/>
        <source>Done</source>
        <translation>مُنجز</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المسؤول/ة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="+2"/>
        <location filename="../../desktop/families/tabs/tasks.py" line="-2"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../desktop/families/file_view.py" line="-138"/>
        <source>%1 — file %2</source>
        <translation>%1 — ملف %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not assigned</source>
        <translation>غير مُعيَّن</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/notes.py" line="+51"/>
        <source>signed</source>
        <translation>موقَّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correction of the note of %1</source>
        <translation>تصحيح للتسجيل من %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>corrected</source>
        <translation>مُصحَّح</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/access_log.py" line="-6"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>المستخدم/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The newest %1 events; the Access log shows them all.</source>
        <translation>أحدث %1 أحداث؛ سجل الوصول يعرضها كلها.</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/__init__.py" line="+2"/>
        <location filename="../../desktop/families/tabs/access_log.py" line="-44"/>
        <source>Access log</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <location filename="../../desktop/families/tabs/access_log.py" line="+32"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../desktop/families/file_view.py" line="+21"/>
        <source>The file was changed</source>
        <translation>تم تغيير الملف</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+124"/>
        <source>Hand over — referral %1</source>
        <translation>تسليم لعامل/ة العائلة — التوجه %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Team:</source>
        <translation>ال&amp;طاقم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worker:</source>
        <translation>ال&amp;عامل/ة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First contact &amp;due:</source>
        <translation>&amp;موعد التواصل الأول:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Default: %n day(s) for the urgency &quot;%2&quot;</source>
        <translation>
            <numerusform>الافتراضي: %n يوم لدرجة الاستعجال &quot;%2&quot;</numerusform>
            <numerusform>الافتراضي: يوم واحد لدرجة الاستعجال &quot;%2&quot;</numerusform>
            <numerusform>الافتراضي: يومان لدرجة الاستعجال &quot;%2&quot;</numerusform>
            <numerusform>الافتراضي: %n أيام لدرجة الاستعجال &quot;%2&quot;</numerusform>
            <numerusform>الافتراضي: %n يومًا لدرجة الاستعجال &quot;%2&quot;</numerusform>
            <numerusform>الافتراضي: %n يوم لدرجة الاستعجال &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This team has no worker who can take the file.</source>
        <translation>لا يوجد في هذا الطاقم عامل/ة يمكنه/ا استلام الملف.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open files: %1, overdue tasks: %2</source>
        <translation>ملفات مفتوحة: %1، مهام متأخرة: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand the file over to %1, with a first-contact task due %2?</source>
        <translation>تسليم الملف إلى %1، مع مهمة تواصل أول موعدها %2؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand over</source>
        <translation>تسليم</translation>
    </message>
</context>
<context>
    <name>IntakePrint</name>
    <message>
        <location filename="../../desktop/intake/printing.py" line="+63"/>
        <source>Referral letter — %1</source>
        <translation>رسالة تحويل — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake summary — %1</source>
        <translation>ملخص الاستقبال — %1</translation>
    </message>
</context>
<context>
    <name>IntakeQueueView</name>
    <message>
        <location filename="../../desktop/intake/queue.py" line="+63"/>
        <location line="+82"/>
        <source>Intake queue</source>
        <translation>قائمة انتظار الاستقبال</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&amp;New referral…</source>
        <translation>توجه &amp;جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected referral (Enter)</source>
        <translation>فتح التوجه المحدَّد (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+45"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Intake worker</source>
        <translation>عامل/ة الاستقبال</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All intake workers</source>
        <translation>كل عاملي/ات الاستقبال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;من تاريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation>تاريخ الاستلام من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;حتى تاريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation>تاريخ الاستلام حتى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;closed</source>
        <translation>بما في ذلك المغ&amp;لقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation>المص&amp;در:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intake worker:</source>
        <translation>&amp;عامل/ة الاستقبال:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age (days)</source>
        <translation>المدة (أيام)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open referrals</source>
        <translation>لا توجد توجهات مفتوحة</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Due by %1: the referral needs an outcome</source>
        <translation>للمعالجة حتى %1: يجب اتخاذ قرار في التوجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by %1</source>
        <translation>للمعالجة حتى %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n توجه</numerusform>
            <numerusform>توجه واحد</numerusform>
            <numerusform>توجهان</numerusform>
            <numerusform>%n توجهات</numerusform>
            <numerusform>%n توجهًا</numerusform>
            <numerusform>%n توجه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hand-over</source>
        <translation>بانتظار التسليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 overdue</source>
        <translation>%1 متأخرة</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="-35"/>
        <location line="+2"/>
        <source>SQLite file: %1</source>
        <translation>ملف SQLite: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server %1:%2, database %3</source>
        <translation>خادم PostgreSQL %1:%2، قاعدة البيانات %3</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Maane — sign in</source>
        <translation>معنى — تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maane</source>
        <translation>معنى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Department of social services — case management</source>
        <translation>قسم الخدمات الاجتماعية — إدارة الملفات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access is personal. Every access to the information is recorded.</source>
        <translation>الدخول شخصي. يُسجَّل كل دخول إلى المعلومات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please type your user name.</source>
        <translation>الرجاء كتابة اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>MaaneApp</name>
    <message>
        <location filename="../../desktop/app.py" line="+170"/>
        <source>Maane — database of another version</source>
        <translation>معنى — قاعدة بيانات لإصدار آخر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+54"/>
        <source>Maane — %1 (%2)</source>
        <translation>معنى — %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../desktop/features.py" line="+87"/>
        <source>Intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family files</source>
        <translation>ملفات العائلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My tasks</source>
        <translation>مهامي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department settings</source>
        <translation>إعدادات القسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access log</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="+10"/>
        <source>Your role has no case-work modules in this version of Maane.</source>
        <translation>ليس لدورك وحدات عمل في الملفات في هذه النسخة من معنى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find a family</source>
        <translation>ال&amp;بحث عن عائلة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Maane</source>
        <translation>معنى</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Access to this information is recorded in the access log (Privacy Protection Regulations).</source>
        <translation>يُسجَّل الدخول إلى هذه المعلومات في سجل الدخول (أنظمة حماية الخصوصية).</translation>
    </message>
</context>
<context>
    <name>MemberChooser</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+123"/>
        <source>A &amp;known person</source>
        <translation>شخص &amp;معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ne&amp;w person</source>
        <translation>شخص &amp;جديد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name, ID number or phone</source>
        <translation>الاسم، رقم الهوية أو الهاتف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Persons found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Relation in the family:</source>
        <translation>&amp;صلة القرابة في العائلة:</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n person(s) found</source>
        <translation>
            <numerusform>عُثر على %n شخص</numerusform>
            <numerusform>عُثر على شخص واحد</numerusform>
            <numerusform>عُثر على شخصين</numerusform>
            <numerusform>عُثر على %n أشخاص</numerusform>
            <numerusform>عُثر على %n شخصًا</numerusform>
            <numerusform>عُثر على %n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/families/tabs/members.py" line="-1"/>
        <source>No members are recorded in this file.</source>
        <translation>لا يوجد أفراد مسجَّلون في هذا الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a member…</source>
        <translation>إضافة فرد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit person…</source>
        <translation>تحرير بيانات الشخص…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change relation…</source>
        <translation>تغيير صلة القرابة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from file…</source>
        <translation>إزالة من الملف…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Remove %1 from the file of %2? The person stays in the department&apos;s records; only their link to this family is removed (recorded in the access log).</source>
        <translation>إزالة %1 من ملف %2؟ يبقى الشخص مسجَّلًا في سجلات القسم؛ تُزال فقط صلته بهذه العائلة (ويُسجَّل ذلك في سجل الوصول).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove from file</source>
        <translation>إزالة من الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/catalogue.py" line="+26"/>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locality</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbourhood</source>
        <translation>الحي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening date</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for closing</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+288"/>
        <location line="+1"/>
        <source>team</source>
        <translation>الطاقم</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>worker</source>
        <translation>العامل/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>assignee</source>
        <translation>المسؤول/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+296"/>
        <location line="+1"/>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>first name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of identity document</source>
        <translation>نوع وثيقة الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+272"/>
        <location line="+37"/>
        <location filename="../../desktop/messages.py" line="+95"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>kind of note</source>
        <translation>نوع التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name and birth date</source>
        <translation>الاسم وتاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>السلطة المحلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality (Arabic)</source>
        <translation>السلطة المحلية (بالعربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department (Arabic)</source>
        <translation>القسم (بالعربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of notes</source>
        <translation>عدد الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for an immediate referral</source>
        <translation>أيام الاستجابة لتوجه فوري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for a referral within 24 hours</source>
        <translation>أيام الاستجابة لتوجه خلال 24 ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for a referral within a week</source>
        <translation>أيام الاستجابة لتوجه خلال أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response days for a routine referral</source>
        <translation>أيام الاستجابة لتوجه اعتيادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>طريقة التوجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of the referral</source>
        <translation>مصدر التوجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s name</source>
        <translation>اسم الجهة المحوِّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s role</source>
        <translation>وظيفة الجهة المحوِّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s organisation</source>
        <translation>مؤسسة الجهة المحوِّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer&apos;s phone</source>
        <translation>هاتف الجهة المحوِّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presenting problem</source>
        <translation>المشكلة المعروضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons concerned</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service referred to</source>
        <translation>الجهة المحوَّل إليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details of the receiving service</source>
        <translation>تفاصيل الجهة المستقبلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for no intervention</source>
        <translation>سبب عدم التدخل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club request</source>
        <translation>طلب النادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please fill in the {field}.</source>
        <translation>يرجى تعبئة: {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long (at most {max} characters).</source>
        <translation>الحقل &quot;{field}&quot; طويل جدًا (حتى {max} حرفًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number is not valid (check digit).</source>
        <translation>رقم الهوية غير صحيح (رقم التحقق).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is too far in the past.</source>
        <translation>تاريخ الميلاد بعيد جدًا في الماضي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} cannot be in the future.</source>
        <translation>لا يمكن أن يكون الحقل &quot;{field}&quot; في المستقبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file number {value} is already taken.</source>
        <translation>رقم الملف {value} مستخدم من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file number must look like 2026/0001.</source>
        <translation>يجب أن يكون رقم الملف بالشكل 2026/0001.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search text is too long (at most {max} characters).</source>
        <translation>نص البحث طويل جدًا (حتى {max} حرفًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is already closed.</source>
        <translation>الملف مغلق من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not closed.</source>
        <translation>الملف غير مغلق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing date is before the file was opened.</source>
        <translation>تاريخ الإغلاق يسبق تاريخ فتح الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose a valid {field}.</source>
        <translation>يرجى اختيار قيمة صحيحة في الحقل &quot;{field}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker cannot be assigned files.</source>
        <translation>لا يمكن تعيين ملفات لهذا العامل/ة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This colleague cannot see the family file, so the task cannot be given to them.</source>
        <translation>لا يستطيع هذا الزميل/هذه الزميلة رؤية ملف العائلة، لذلك لا يمكن إسناد المهمة إليه/إليها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only choose your own team.</source>
        <translation>يمكنك اختيار طاقمك فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team does not exist.</source>
        <translation>الطاقم غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team name is not valid.</source>
        <translation>اسم الطاقم غير صحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is signed and can no longer be changed; write a correction instead.</source>
        <translation>التسجيل موقَّع ولم يعد بالإمكان تغييره؛ اكتب تصحيحًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed note can be corrected.</source>
        <translation>يمكن تصحيح التسجيل الموقَّع فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number {value} is not valid.</source>
        <translation>رقم الهاتف {value} غير صحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passport number is not valid.</source>
        <translation>رقم جواز السفر غير صحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already a member of the family file.</source>
        <translation>هذا الشخص مسجَّل من قبل كفرد في ملف العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name may contain only lower-case Latin letters, digits and _.</source>
        <translation>يمكن أن يحتوي اسم المستخدم على أحرف لاتينية صغيرة وأرقام و_ فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role.</source>
        <translation>دور غير معروف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is not valid.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database security roles are not installed ({role}). Ask the system administrator to run: maane db upgrade</source>
        <translation>أدوار الأمان في قاعدة البيانات غير مثبتة ({role}). اطلب من مسؤول النظام تشغيل: maane db upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too short (at least {min} characters).</source>
        <translation>كلمة المرور قصيرة جدًا (على الأقل {min} أحرف).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file {path} is on a network drive, where SQLite is not safe. Several users need the shared PostgreSQL database.</source>
        <translation>ملف قاعدة البيانات {path} موجود على محرك شبكة، وهناك لا يكون SQLite آمنًا. لعدة مستخدمين يجب استخدام قاعدة البيانات المشتركة (PostgreSQL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of database is not supported.</source>
        <translation>هذا النوع من قواعد البيانات غير مدعوم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a database address: {value}. Give a SQLite file (for example C:\Maane\maane.sqlite) or a PostgreSQL address (postgresql://server/database).</source>
        <translation>هذا ليس عنوان قاعدة بيانات: {value}. أدخل ملف SQLite (مثلًا C:\Maane\maane.sqlite) أو عنوان PostgreSQL (postgresql://server/database).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has data.</source>
        <translation>قاعدة البيانات تحتوي على بيانات مسبقًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password is required.</source>
        <translation>يجب إدخال كلمة مرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password may not contain the user name.</source>
        <translation>لا يجوز أن تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is one of the most common ones; please choose another.</source>
        <translation>كلمة المرور هذه من أكثر كلمات المرور شيوعًا؛ يرجى اختيار كلمة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account already has this role and team.</source>
        <translation>للحساب هذا الدور وهذا الطاقم من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is not valid.</source>
        <translation>الحقل &quot;{field}&quot; غير صحيح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {database} cannot hold Hebrew and Arabic: its encoding is {encoding} and its character type {ctype}. Create it with: CREATE DATABASE maane TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos;</source>
        <translation>لا تستطيع قاعدة البيانات {database} حفظ العبرية والعربية: ترميزها {encoding} ونوع أحرفها {ctype}. أنشئها هكذا: CREATE DATABASE maane TEMPLATE template0 ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo file is too large (at most {max} KB). Please choose a smaller PNG or JPEG image.</source>
        <translation>ملف الشعار كبير جدًا (حتى {max} كيلوبايت). يرجى اختيار صورة PNG أو JPEG أصغر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo file cannot be read as a PNG or JPEG image. Please choose another file.</source>
        <translation>لا يمكن قراءة ملف الشعار كصورة PNG أو JPEG. يرجى اختيار ملف آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} cannot be opened.</source>
        <translation>لا يمكن فتح الملف {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only signed notes of this family file can be printed (not: {value}).</source>
        <translation>يمكن طباعة الملاحظات الموقعة من ملف العائلة هذا فقط (ليس: {value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department settings are missing from the database. Ask the system administrator to run: maane db upgrade</source>
        <translation>إعدادات القسم غير موجودة في قاعدة البيانات. اطلب من مسؤول النظام تشغيل: maane db upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no family file {value} that you may see.</source>
        <translation>لا يوجد ملف عائلة {value} مسموح لك برؤيته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {max} family files can be printed at once ({value} were chosen). Please choose fewer.</source>
        <translation>يمكن طباعة {max} ملف عائلة على الأكثر دفعة واحدة (تم اختيار {value}). يرجى اختيار عدد أقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no form called {value}. See: maane print --list</source>
        <translation>لا يوجد نموذج باسم {value}. انظر: maane print --list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access log is kept at least {months} months: the cutoff {value} is too recent (at the latest {min}).</source>
        <translation>يُحفظ سجل الوصول {months} شهرًا على الأقل: تاريخ القطع {value} حديث جدًا (على الأكثر {min}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please add at least one person concerned by the referral.</source>
        <translation>يرجى إضافة شخص واحد على الأقل من الأشخاص المعنيين بالتوجه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already on the referral: a person can be added only once.</source>
        <translation>هذا الشخص مضاف إلى التوجه من قبل: لا يمكن إضافة الشخص إلا مرة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker&apos;s account is not active: please choose another worker.</source>
        <translation>حساب هذا العامل/ة غير فعّال: يرجى اختيار عامل/ة آخر/ى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker is not in the chosen team: please choose a worker of the team.</source>
        <translation>هذا العامل/ة ليس/ت في الطاقم المختار: يرجى اختيار عامل/ة من الطاقم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} has already passed: please choose today or a later date.</source>
        <translation>التاريخ في الحقل &quot;{field}&quot; قد مضى: يرجى اختيار تاريخ اليوم أو تاريخ لاحق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral already has an outcome: it can no longer be changed.</source>
        <translation>اتُّخذ قرار في التوجه من قبل: لم يعد بالإمكان تغييره.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral is not waiting to be handed over.</source>
        <translation>التوجه ليس بانتظار التسليم لعامل/ة العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A club can be requested only for a child of the family file.</source>
        <translation>يمكن طلب نادٍ فقط لابن/ة من ملف العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family file is closed: please choose an open file.</source>
        <translation>ملف العائلة مغلق: يرجى اختيار ملف مفتوح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker does not carry a caseload: please choose a family worker or the team head.</source>
        <translation>لا يتولى هذا العامل/ة ملفات: يرجى اختيار عامل/ة اجتماعي/ة للعائلات أو رئيس/ة الطاقم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} contains a control character that cannot be stored. Please remove it.</source>
        <translation>يحتوي الحقل &quot;{field}&quot; على حرف تحكم لا يمكن حفظه. يرجى إزالته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The only member of a family file cannot be removed. If the family has left the service, close the file instead.</source>
        <translation>لا يمكن إزالة الفرد الوحيد في ملف العائلة. إذا تركت العائلة الخدمة، فأغلق الملف بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is in no other family file. Removing them from a restricted file would make their details visible to every case worker: add them to their own family file first, then remove them here.</source>
        <translation>هذا الشخص غير مسجّل في أي ملف عائلة آخر. إزالته من ملف سرّي ستكشف تفاصيله لجميع العاملين الاجتماعيين في القسم: يجب إضافته أولًا إلى ملف عائلة خاص به، ثم إزالته من هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more urgent referral cannot have more response days than a less urgent one (immediate ≤ 24 hours ≤ a week ≤ routine).</source>
        <translation>لا يمكن أن تكون أيام الاستجابة لتوجه أكثر استعجالًا أكثر منها لتوجه أقل استعجالًا (فوري ≤ خلال 24 ساعة ≤ خلال أسبوع ≤ اعتيادي).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server refused the user name or password.</source>
        <translation>رفض خادم قاعدة البيانات اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered, but it has no database of this name. Check the database name.</source>
        <translation>أجاب الخادم، لكن لا توجد فيه قاعدة بيانات بهذا الاسم. تحقق من اسم قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name was not found. Check the server name and the network connection.</source>
        <translation>لم يُعثر على اسم الخادم. تحقق من اسم الخادم ومن الاتصال بالشبكة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the connection: the database service is not running there, or the port is wrong.</source>
        <translation>رفض الخادم الاتصال: خدمة قاعدة البيانات لا تعمل عليه، أو أن رقم المنفذ خاطئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. Check the network connection, or try again in a few minutes.</source>
        <translation>لم يُجب الخادم في الوقت المحدد. تحقق من الاتصال بالشبكة، أو حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached from this computer. Check the network connection.</source>
        <translation>لا يمكن الوصول إلى الخادم من هذا الحاسوب. تحقق من الاتصال بالشبكة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server is busy (too many connections). Try again in a few minutes.</source>
        <translation>خادم قاعدة البيانات مشغول (اتصالات كثيرة جدًا). حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server is starting or stopping. Try again in a minute.</source>
        <translation>خادم قاعدة البيانات قيد التشغيل أو الإيقاف. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a Maane database, or it is damaged.</source>
        <translation>الملف ليس قاعدة بيانات لمعنى، أو أنه تالف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is busy (another program is writing to it). Try again.</source>
        <translation>ملف قاعدة البيانات مشغول (برنامج آخر يكتب فيه). حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file cannot be opened. Check that the folder exists and that you may write there.</source>
        <translation>لا يمكن فتح ملف قاعدة البيانات. تحقق من وجود المجلد ومن صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are not allowed to do this. The attempt was recorded.</source>
        <translation>ليس لديك صلاحية لهذا الإجراء. تم تسجيل المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record since you opened it. Reload it to see the current version, then try again.</source>
        <translation>قام شخص آخر بتغيير هذا السجل منذ أن فتحته. حدِّثه لترى النسخة الحالية، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record was not found; it may have been removed.</source>
        <translation>لم يتم العثور على السجل؛ ربما تمت إزالته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user with this name already exists.</source>
        <translation>يوجد مستخدم بهذا الاسم من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person with the same name and birth date already exists.</source>
        <translation>يوجد شخص بنفس الاسم وتاريخ الميلاد من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person with this ID number already exists.</source>
        <translation>يوجد شخص برقم الهوية هذا من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login {login} is not a Maane user. Ask the system administrator.</source>
        <translation>الحساب {login} ليس مستخدمًا في معنى. يرجى التوجه إلى مسؤول النظام.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyboard is on Hebrew: did you mean {meant}? Switch the keyboard to English (Alt+Shift) and type the password again.</source>
        <translation>لوحة المفاتيح على العبرية: هل قصدت {meant}؟ حوّل لوحة المفاتيح إلى الإنجليزية (Alt+Shift) واكتب كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password you typed has Hebrew letters: is the keyboard on Hebrew?</source>
        <translation>كلمة المرور التي كتبتها تحتوي على أحرف عبرية: هل لوحة المفاتيح على العبرية؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyboard is on Arabic: did you mean {meant}? Switch the keyboard to English (Alt+Shift) and type the password again.</source>
        <translation>لوحة المفاتيح على العربية: هل قصدت {meant}؟ حوّل لوحة المفاتيح إلى الإنجليزية (Alt+Shift) واكتب كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password you typed has Arabic letters: is the keyboard on Arabic?</source>
        <translation>كلمة المرور التي كتبتها تحتوي على أحرف عربية: هل لوحة المفاتيح على العربية؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is locked after too many failed attempts. Try again after {until}.</source>
        <translation>الحساب مقفل بعد محاولات فاشلة كثيرة. حاول مرة أخرى بعد {until}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database holds no Maane data structure (expected revision {expected}). Ask the system administrator to run: maane db upgrade</source>
        <translation>لا تحتوي قاعدة البيانات على بنية بيانات معنى (النسخة المطلوبة {expected}). اطلب من مسؤول النظام تشغيل: maane db upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is at revision {found}, this program needs revision {expected}. Ask the system administrator to run: maane db upgrade</source>
        <translation>قاعدة البيانات في الإصدار {found}، والبرنامج يحتاج الإصدار {expected}. اطلب من مسؤول النظام تشغيل: maane db upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is at revision {found}, which this version of Maane does not know (it was made by a newer version). Use that version, or a backup made with this one.</source>
        <translation>قاعدة البيانات في النسخة {found}، التي لا تعرفها هذه النسخة من معنى (أُنشئت بنسخة أحدث). استخدم تلك النسخة، أو نسخة احتياطية أُنشئت بهذه النسخة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached. Check the network connection or the database settings.</source>
        <translation>لا يمكن الوصول إلى قاعدة البيانات. تحقّق من الاتصال بالشبكة أو من إعدادات قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody changes their own account here: another administrator or the manager does it. The attempt was recorded.</source>
        <translation>لا أحد يغيّر حسابه الخاص هنا: يقوم بذلك مسؤول نظام آخر أو مدير/ة القسم. تم تسجيل المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone other than the person who asked for the change must decide it. The attempt was recorded.</source>
        <translation>يجب أن يقرر التغيير شخص غير الذي طلبه. تم تسجيل المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody decides a change of their own account. The attempt was recorded.</source>
        <translation>لا أحد يقرر تغييرًا في حسابه الخاص. تم تسجيل المحاولة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change of this account is already waiting for a decision.</source>
        <translation>تغيير في هذا الحساب ينتظر قرارًا من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change has already been decided.</source>
        <translation>تم البت في هذا التغيير من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account changed since this change was asked for: refuse it and ask again.</source>
        <translation>تغيّر الحساب منذ طلب هذا التغيير: ارفضه واطلبه من جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who may be the same person is already registered: please check the possible duplicates before adding a new person.</source>
        <translation>يوجد من قبل شخص مسجَّل قد يكون الشخص نفسه: يرجى التحقق من التكرارات المحتملة قبل إضافة شخص جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action failed ({code}).</source>
        <translation>فشل الإجراء ({code}).</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>looked at the staff accounts</source>
        <translation>اطّلع/ت على حسابات الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a staff account</source>
        <translation>أضاف/ت حساب موظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated a staff account</source>
        <translation>عطّل/ت حساب موظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset a password</source>
        <translation>أعاد/ت تعيين كلمة مرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlocked an account</source>
        <translation>فتح/ت حسابًا مقفلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked for a change of role or team</source>
        <translation>طلب/ت تغيير وظيفة أو طاقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>decided a change of role or team</source>
        <translation>قرّر/ت في تغيير وظيفة أو طاقم</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>managed staff accounts</source>
        <translation>أدار/ت حسابات الموظفين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reviewed the access log</source>
        <translation>راجع/ت سجل الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported the access log</source>
        <translation>صدّر/ت سجل الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purged the access log</source>
        <translation>حذف/ت سجلات قديمة من سجل الوصول</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+41"/>
        <source>family file</source>
        <translation>ملف عائلة</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>family member</source>
        <translation>فرد من العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access to a restricted file</source>
        <translation>وصول إلى ملف مقيّد</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+251"/>
        <location line="+1"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>staff account</source>
        <translation>حساب موظف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change of role or team</source>
        <translation>تغيير وظيفة أو طاقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>access log</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>views and lists</source>
        <translation>مشاهدات وقوائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>searches</source>
        <translation>عمليات بحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation>تغييرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints and exports</source>
        <translation>طباعة وتصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-ins</source>
        <translation>تسجيلات الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access-log reviews</source>
        <translation>مراجعات سجل الوصول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first name (Arabic)</source>
        <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name (Arabic)</source>
        <translation>اسم العائلة (بالعربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name (Latin)</source>
        <translation>الاسم الشخصي (بأحرف لاتينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name (Latin)</source>
        <translation>اسم العائلة (بأحرف لاتينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restricted</source>
        <translation>مقيّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>موقّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>author</source>
        <translation>الكاتب/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff member</source>
        <translation>الموظف/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrects note</source>
        <translation>تصحّح ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="-65"/>
        <source>intake social worker</source>
        <translation>عامل/ة اجتماعي/ة للاستقبال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family social worker</source>
        <translation>عامل/ة اجتماعي/ة للعائلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth-law social worker</source>
        <translation>عامل/ة اجتماعي/ة لقانون الشبيبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee coordinator</source>
        <translation>مركّز/ة لجنة خطط العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clubs social worker</source>
        <translation>عامل/ة اجتماعي/ة للنوادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team head</source>
        <translation>رئيس/ة طاقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department manager</source>
        <translation>مدير/ة القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+87"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>child</source>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+46"/>
        <location line="+40"/>
        <location line="+10"/>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office meeting</source>
        <translation>لقاء في المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact with another service</source>
        <translation>تواصل مع جهة أخرى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>treatment goals met</source>
        <translation>تحققت أهداف العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved away</source>
        <translation>انتقلوا من البلدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family refused treatment</source>
        <translation>رفضت العائلة العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred to another service</source>
        <translation>نُقل إلى خدمة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact with the family</source>
        <translation>لا يوجد تواصل مع العائلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>viewed</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>walk-in</source>
        <translation>حضور إلى المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>self-referral</source>
        <translation>توجه ذاتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindergarten</source>
        <translation>روضة أطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health service</source>
        <translation>خدمات صحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another service of the department</source>
        <translation>خدمة أخرى في القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>توجه مجهول الهوية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>immediate</source>
        <translation>فوري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 24 hours</source>
        <translation>خلال 24 ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within a week</source>
        <translation>خلال أسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine</source>
        <translation>اعتيادي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open: no outcome yet</source>
        <translation>مفتوح: لم يُتخذ قرار بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for hand-over</source>
        <translation>بانتظار التسليم لعامل/ة العائلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new family file opened</source>
        <translation>فُتح ملف عائلة جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attached to an existing file</source>
        <translation>ضُمّ إلى ملف قائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred elsewhere</source>
        <translation>حُوِّل إلى جهة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no intervention</source>
        <translation>دون تدخل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health services</source>
        <translation>الخدمات الصحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>education services</source>
        <translation>جهاز التعليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National Insurance Institute</source>
        <translation>مؤسسة التأمين الوطني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment service</source>
        <translation>خدمة التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>housing</source>
        <translation>خدمات الإسكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social services of another municipality</source>
        <translation>قسم الخدمات الاجتماعية في سلطة محلية أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a non-profit organisation</source>
        <translation>جمعية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>information only</source>
        <translation>تقديم معلومات فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved without intervention</source>
        <translation>حُلّت المشكلة دون تدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the family declined</source>
        <translation>رفضت العائلة التدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not within the department&apos;s services</source>
        <translation>ليس ضمن خدمات القسم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same ID number</source>
        <translation>رقم الهوية نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phone number in common</source>
        <translation>رقم هاتف مشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling variant of the name</source>
        <translation>تهجئة أخرى للاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in Arabic letters</source>
        <translation>الاسم نفسه بالأحرف العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name in Latin letters</source>
        <translation>الاسم نفسه بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth date</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a close birth date</source>
        <translation>تاريخ ميلاد قريب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same address</source>
        <translation>العنوان نفسه</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="-89"/>
        <location filename="../../desktop/messages.py" line="-104"/>
        <source>searched</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>changed</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>file closed</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file reopened</source>
        <translation>إعادة فتح الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned</source>
        <translation>نقل إلى عامل/ة آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restriction changed</source>
        <translation>تغيير السرّية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member added</source>
        <translation>إضافة فرد من العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member removed</source>
        <translation>إزالة فرد من العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member&apos;s relation changed</source>
        <translation>تغيير صلة قرابة فرد من العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note signed</source>
        <translation>توقيع تسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note corrected</source>
        <translation>تصحيح تسجيل</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+31"/>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>viewed the access log</source>
        <translation>عرض سجل الوصول</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>signed in</source>
        <translation>دخول إلى النظام</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>opened</source>
        <translation>فُتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened the file</source>
        <translation>فتح/ت الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened the person</source>
        <translation>فتح/ت بيانات الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looked at family files</source>
        <translation>اطّلع/ت على ملفات عائلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the notes</source>
        <translation>قرأ/ت الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saw in a list</source>
        <translation>رأى/ت في قائمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>closed the file</source>
        <translation>أغلق/ت الملف</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>reopened the file</source>
        <translation>أعاد/ت فتح الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>reassigned the file</source>
        <translation>نقل/ت الملف إلى موظف آخر</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>changed the restriction</source>
        <translation>غيّر/ت التقييد</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>added a member</source>
        <translation>أضاف/ت فردًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed a note</source>
        <translation>وقّع/ت ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected a note</source>
        <translation>صحّح/ت ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record added</source>
        <translation>أُضيف سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record changed</source>
        <translation>تغيّر سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record removed</source>
        <translation>حُذف سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened a new file</source>
        <translation>فتح/ت ملفًا جديدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed the file</source>
        <translation>غيّر/ت الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote a note</source>
        <translation>كتب/ت ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked on tasks</source>
        <translation>عمل/ت على مهام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a person</source>
        <translation>غيّر/ت بيانات شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>printed</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>exported</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>MyTasksView</name>
    <message>
        <location filename="../../desktop/tasks/my_tasks.py" line="+48"/>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>Done</source>
        <translation>مُنجز</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>My open tasks</source>
        <translation>مهامي المفتوحة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks</source>
        <translation>لا توجد مهام مفتوحة</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n مهمة مفتوحة</numerusform>
            <numerusform>مهمة مفتوحة واحدة</numerusform>
            <numerusform>مهمتان مفتوحتان</numerusform>
            <numerusform>%n مهام مفتوحة</numerusform>
            <numerusform>%n مهمة مفتوحة</numerusform>
            <numerusform>%n مهمة مفتوحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+179"/>
        <source>New family file</source>
        <translation>ملف عائلة جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>ال&amp;بلدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;eighbourhood:</source>
        <translation>ال&amp;حي:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Team:</source>
        <translation>ال&amp;طاقم:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Worker:</source>
        <translation>العامل/ة الا&amp;جتماعي/ة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member</source>
        <translation>الفرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No members yet: add the family&apos;s members.</source>
        <translation>لا يوجد أفراد بعد: يرجى إضافة أفراد العائلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members:</source>
        <translation>أفراد العائلة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;known person…</source>
        <translation>إضافة شخص &amp;معروف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new &amp;person…</source>
        <translation>إضافة &amp;شخص جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(no worker yet)</source>
        <translation>(لم يُعيَّن عامل/ة بعد)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open files: %1 · open tasks: %2</source>
        <translation>ملفات مفتوحة: %1 · مهام مفتوحة: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 family</source>
        <translation>عائلة %1</translation>
    </message>
</context>
<context>
    <name>NoInterventionDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="-120"/>
        <source>No intervention — referral %1</source>
        <translation>دون تدخل — التوجه %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the referral without intervention? The outcome cannot be changed afterwards.</source>
        <translation>إغلاق التوجه دون تدخل؟ لا يمكن تغيير النتيجة بعد ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the referral</source>
        <translation>إغلاق التوجه</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-69"/>
        <source>Edit draft note — %1</source>
        <translation>تحرير مسودة تسجيل — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note — %1</source>
        <translation>تسجيل جديد — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign now (a signed note can no longer be changed)</source>
        <translation>التوقيع الآن (لا يمكن تغيير التسجيل الموقَّع)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign the note? A signed note can no longer be changed or deleted; a mistake can only be fixed by a correction.</source>
        <translation>توقيع التسجيل؟ لا يمكن تغيير التسجيل الموقَّع أو حذفه؛ يمكن إصلاح الخطأ فقط بتسجيل تصحيح.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and sign</source>
        <translation>حفظ وتوقيع</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/families/tabs/notes.py" line="-55"/>
        <source>No notes yet.</source>
        <translation>لا توجد تسجيلات بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The selected note</source>
        <translation>التسجيل المحدَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a note to read it in full.</source>
        <translation>اختر تسجيلًا لقراءته كاملًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit draft</source>
        <translation>تحرير المسودة</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Sign the note of %1? A signed note can no longer be changed or deleted; a mistake can only be fixed by a correction.</source>
        <translation>توقيع التسجيل من %1؟ لا يمكن تغيير التسجيل الموقَّع أو حذفه؛ يمكن إصلاح الخطأ فقط بتسجيل تصحيح.</translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="-200"/>
        <source>Open a family file — referral %1</source>
        <translation>فتح ملف عائلة — التوجه %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restricted file (only its worker and those allowed see it)</source>
        <translation>ملف سرّي (لا يراه إلا العامل/ة المسؤول/ة عنه ومن يُسمح لهم بذلك)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>ال&amp;بلدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neighbourhood:</source>
        <translation>ال&amp;حي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>ال&amp;طاقم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members:</source>
        <translation>أفراد العائلة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Therapeutic club at intake</source>
        <translation>نادٍ علاجي عند الاستقبال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request a club for %1</source>
        <translation>طلب نادٍ علاجي لـ%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the club request: %1</source>
        <translation>سبب طلب النادي: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals of the club: %1</source>
        <translation>أهداف النادي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency of the club request: %1</source>
        <translation>درجة استعجال طلب النادي: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="-33"/>
        <source>New password — %1</source>
        <translation>كلمة مرور جديدة — %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="-488"/>
        <source>Edit person — %1</source>
        <translation>تحرير بيانات الشخص — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload the person</source>
        <translation>تحديث بيانات الشخص</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved now: %1</source>
        <translation>المحفوظ حاليًا: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/intake/referral_form.py" line="+102"/>
        <source>Add a new person</source>
        <translation>إضافة شخص جديد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check and add</source>
        <translation>&amp;فحص وإضافة</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/widgets/person_form.py" line="+53"/>
        <source>&amp;First name:</source>
        <translation>الاسم ال&amp;شخصي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name in &amp;Arabic:</source>
        <translation>الاسم الشخصي &amp;بالعربية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name in A&amp;rabic:</source>
        <translation>اسم العائلة بالع&amp;ربية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name in La&amp;tin letters:</source>
        <translation>الاسم الشخصي بأ&amp;حرف لاتينية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name in Latin l&amp;etters:</source>
        <translation>اسم العائلة بأحرف لا&amp;تينية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as in the passport, if known</source>
        <translation>كما في جواز السفر، إن كان معروفًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Israeli ID number</source>
        <translation>رقم هوية إسرائيلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&amp;dentity document:</source>
        <translation>&amp;وثيقة الهوية:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Number:</source>
        <translation>الر&amp;قم:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Birth date:</source>
        <translation>تاريخ ال&amp;ميلاد:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the box when the birth date is not known</source>
        <translation>أزل التحديد من المربع إذا كان تاريخ الميلاد غير معروف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sex:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage for letters:</source>
        <translation>&amp;لغة الرسائل:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One per line, or separated by commas (up to 4)</source>
        <translation>رقم في كل سطر، أو مفصولة بفواصل (حتى 4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>ال&amp;هواتف:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another language</source>
        <translation>لغة أخرى</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>At most %1 phones.</source>
        <translation>يمكن إدخال %1 هواتف على الأكثر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>9 digits</source>
        <translation>9 أرقام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An ID number has only digits.</source>
        <translation>يتكون رقم الهوية من أرقام فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ID number has at most 9 digits.</source>
        <translation>يتكون رقم الهوية من 9 أرقام على الأكثر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID number is too short.</source>
        <translation>رقم الهوية قصير جدًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit is wrong: please check the number.</source>
        <translation>رقم التحقق غير صحيح: يرجى مراجعة الرقم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check digit is right.</source>
        <translation>رقم التحقق صحيح.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desktop/printing/preview.py" line="+92"/>
        <source>Print preview</source>
        <translation>معاينة قبل الطباعة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing the form…</source>
        <translation>جارٍ إعداد النموذج…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Preparing the forms…</source>
        <translation>جارٍ إعداد النماذج…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the forms: %1 of %2</source>
        <translation>إعداد النماذج: %1 من %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The printer could not be started.</source>
        <translation>تعذر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the form as PDF</source>
        <translation>حفظ النموذج بصيغة PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file could not be saved: %1</source>
        <translation>تعذر حفظ الملف: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Family file summaries (%1)</source>
        <translation>ملخصات ملفات العائلات (%1)</translation>
    </message>
</context>
<context>
    <name>PrintSummaryDialog</name>
    <message>
        <location filename="../../desktop/printing/summary_dialog.py" line="+47"/>
        <source>Print summary — %1</source>
        <translation>طباعة ملخص — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed notes to include</source>
        <translation>الملاحظات الموقعة المشمولة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file has no signed notes: the summary prints without notes.</source>
        <translation>لا توجد في الملف ملاحظات موقعة: سيُطبع الملخص بدون ملاحظات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Notes:</source>
        <translation>&amp;الملاحظات:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language of the form:</source>
        <translation>&amp;لغة النموذج:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="+116"/>
        <source>Reassign to a worker</source>
        <translation>نقل إلى عامل/ة آخر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Worker:</source>
        <translation>العامل/ة الاجتماعي/ة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open files: %1 · open tasks: %2</source>
        <translation>ملفات مفتوحة: %1 · مهام مفتوحة: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reassign %1 to %2? The file leaves the current worker&apos;s caseload, and the current worker may no longer be able to open it.</source>
        <translation>نقل %1 إلى %2؟ يخرج الملف من ملفات العامل/ة الحالي/ة، وقد لا يستطيع/تستطيع فتحه بعد ذلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign</source>
        <translation>نقل</translation>
    </message>
</context>
<context>
    <name>ReferElsewhereDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+117"/>
        <source>Refer elsewhere — referral %1</source>
        <translation>تحويل إلى جهة أخرى — التوجه %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receiving body&apos;s name and what is asked of it</source>
        <translation>اسم الجهة المستقبلة وما هو مطلوب منها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service:</source>
        <translation>ال&amp;خدمة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Receiving body:</source>
        <translation>الجهة ال&amp;مستقبلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the referral as referred to %1? The outcome cannot be changed afterwards.</source>
        <translation>إغلاق التوجه بتحويله إلى %1؟ لا يمكن تغيير النتيجة بعد ذلك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refer elsewhere</source>
        <translation>تحويل إلى جهة أخرى</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/intake/referral_form.py" line="+69"/>
        <source>Referral %1</source>
        <translation>التوجه %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New referral</source>
        <translation>توجه جديد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the referral (Ctrl+Enter)</source>
        <translation>حفظ التوجه (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. homeroom teacher, school counsellor, nurse</source>
        <translation>مثلًا: مربي/ة الصف، مستشار/ة المدرسة، ممرض/ة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the school&apos;s name</source>
        <translation>مثلًا: اسم المدرسة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name, ID number or phone; Enter adds the person found</source>
        <translation>الاسم أو رقم الهوية أو الهاتف؛ مفتاح Enter يضيف الشخص الذي عُثر عليه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a &amp;new person…</source>
        <translation>إضافة شخص &amp;جديد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known or new</source>
        <translation>معروف أو جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No person yet: find a known person or add a new one</source>
        <translation>لا يوجد أشخاص بعد: ابحث عن شخص معروف أو أضف شخصًا جديدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons concerned</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move from the referral</source>
        <translation>إ&amp;زالة من التوجه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected person (Delete)</source>
        <translation>إزالة الشخص المحدد (Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— choose the urgency —</source>
        <translation>— اختر درجة الاستعجال —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Date received:</source>
        <translation>تاري&amp;خ الاستلام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;طريقة التوجه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>م&amp;صدر التوجه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer&apos;s n&amp;ame:</source>
        <translation>ا&amp;سم المحوِّل/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer&apos;s &amp;role:</source>
        <translation>&amp;وظيفة المحوِّل/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer&apos;s &amp;phone:</source>
        <translation>&amp;هاتف المحوِّل/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lation:</source>
        <translation>صلة ال&amp;قرابة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find a known person:</source>
        <translation>ال&amp;بحث عن شخص معروف:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons concerned:</source>
        <translation>الأشخاص المعنيون:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presenting pro&amp;blem:</source>
        <translation>الم&amp;شكلة المعروضة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;درجة الاستعجال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Nobody found: add a new person</source>
        <translation>لم يُعثر على أحد: أضف شخصًا جديدًا</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
</context>
<context>
    <name>ReferralView</name>
    <message>
        <location filename="../../desktop/intake/view.py" line="+90"/>
        <source>Back to the queue</source>
        <translation>العودة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The referral</source>
        <translation>التوجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received:</source>
        <translation>تاريخ الاستلام:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel:</source>
        <translation>طريقة التوجه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>مصدر التوجه:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrer:</source>
        <translation>الجهة المحولة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency:</source>
        <translation>درجة الاستعجال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome due by:</source>
        <translation>للمعالجة حتى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake worker:</source>
        <translation>عامل/ة الاستقبال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenting problem:</source>
        <translation>المشكلة المعروضة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons concerned</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided on:</source>
        <translation>تاريخ القرار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed to:</source>
        <translation>سُلّم إلى:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a family &amp;file…</source>
        <translation>فتح ملف &amp;عائلة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach to an existing file…</source>
        <translation>&amp;ضم إلى ملف قائم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refer elsewhere…</source>
        <translation>ت&amp;حويل إلى جهة أخرى…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No intervention…</source>
        <translation>&amp;دون تدخل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand over…</source>
        <translation>ت&amp;سليم إلى عامل/ة العائلة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the family file</source>
        <translation>الانتقال إلى ملف العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print intake &amp;summary…</source>
        <translation>طباعة &amp;ملخص الاستقبال…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print referral &amp;letter…</source>
        <translation>طباعة &amp;رسالة التحويل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the printed form</source>
        <translation>لغة النموذج المطبوع</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Referral %1</source>
        <translation>التوجه %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Received %n day(s) ago</source>
        <translation>
            <numerusform>استُلم قبل %n يوم</numerusform>
            <numerusform>استُلم قبل يوم واحد</numerusform>
            <numerusform>استُلم قبل يومين</numerusform>
            <numerusform>استُلم قبل %n أيام</numerusform>
            <numerusform>استُلم قبل %n يومًا</numerusform>
            <numerusform>استُلم قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no outcome yet</source>
        <translation>لم يُتخذ قرار بعد</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Referral letter</source>
        <translation>رسالة التحويل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral is closed as referred elsewhere. Print the referral letter now?</source>
        <translation>أُغلق التوجه بتحويله إلى جهة أخرى. طباعة رسالة التحويل الآن؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter</source>
        <translation>طباعة الرسالة</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../desktop/families/edit_dialogs.py" line="+10"/>
        <source>Change relation — %1</source>
        <translation>تغيير صلة القرابة — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Relation in the family:</source>
        <translation>صلة ال&amp;قرابة في العائلة:</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-305"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the file</source>
        <translation>تحديث الملف</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>StaffAccountsView</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="-64"/>
        <source>(no team)</source>
        <translation>(بدون طاقم)</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+20"/>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>الطاقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for a decision</source>
        <translation>بانتظار قرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No staff accounts</source>
        <translation>لا توجد حسابات موظفين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add account…</source>
        <translation>إ&amp;ضافة حساب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role or team…</source>
        <translation>تغيير ال&amp;دور أو الطاقم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فك القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove the change</source>
        <translation>ال&amp;موافقة على التغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse the change</source>
        <translation>&amp;رفض التغيير</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Changes of role and team</source>
        <translation>تغييرات الدور والطاقم</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Staff member</source>
        <translation>الموظف/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>طلبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes were asked for</source>
        <translation>لم تُطلب تغييرات</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>inactive</source>
        <translation>غير فعّال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>مقفل حتى %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (asked by %2)</source>
        <translation>%1 (طلبه: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>activate as %1</source>
        <translation>تفعيل كـ%1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>لا حسابات</numerusform>
            <numerusform>حساب واحد</numerusform>
            <numerusform>حسابان</numerusform>
            <numerusform>%n حسابات</numerusform>
            <numerusform>%n حسابًا</numerusform>
            <numerusform>%n حساب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+3"/>
        <source>Deactivate</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Deactivate the account of %1? They will no longer be able to work in Maane. Making the account active again takes another officer&apos;s approval.</source>
        <translation>إيقاف حساب %1؟ لن يتمكن/تتمكن من العمل في معنى بعد الآن. إعادة تفعيل الحساب تتطلب موافقة مسؤول آخر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve the change of %1 to %2?</source>
        <translation>الموافقة على تغيير %1 إلى %2؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the change of %1 to %2?</source>
        <translation>رفض تغيير %1 إلى %2؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="+149"/>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date:</source>
        <translation>الموعد:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task:</source>
        <translation>المهمة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignee:</source>
        <translation>المسؤول/ة:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The due date %1 has already passed. Save the task with this date?</source>
        <translation>الموعد %1 قد انقضى. حفظ المهمة بهذا التاريخ؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>حفظ على أي حال</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../desktop/families/tabs/tasks.py" line="-1"/>
        <source>No tasks in this file.</source>
        <translation>لا توجد مهام في هذا الملف.</translation>
    </message>
</context>
<context>
    <name>_PasswordsDialog</name>
    <message>
        <location filename="../../desktop/admin/staff.py" line="-311"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again:</source>
        <translation>كلمة المرور مرة أخرى:</translation>
    </message>
</context>
</TS>

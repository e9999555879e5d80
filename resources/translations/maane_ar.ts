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
    <name>AddendumDialog</name>
    <message>
        <location filename="../../desktop/committees/addendum.py" line="+22"/>
        <source>Add addendum</source>
        <translation>إضافة ملحق للمحضر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addendum:</source>
        <translation>الملحق:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the addendum to the protocol? It can no longer be changed or removed.</source>
        <translation>إضافة الملحق إلى المحضر؟ لن يكون بالإمكان تغييره أو إزالته بعد ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../desktop/clubs/adjustment_dialog.py" line="+61"/>
        <source>Exemption or discount — %1</source>
        <translation>إعفاء أو خصم — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Until:</source>
        <translation>&amp;حتى:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discount a month:</source>
        <translation>ال&amp;خصم الشهري:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From the month:</source>
        <translation>&amp;ابتداءً من شهر:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The family pays %1 a month instead of %2.</source>
        <translation>تدفع العائلة %1 شهريًا بدلًا من %2.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../desktop/daycare/actions.py" line="+37"/>
        <source>Approve day-care — %1</source>
        <translation>الموافقة على الحضانة النهارية — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 months on 1 September), school year %3. The parents&apos; share: %4 a month.</source>
        <translation>%1 (العمر بالأشهر في 1 أيلول: %2)، السنة الدراسية %3. حصة الأهل: %4 شهريًا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve day-care for %1? The case can no longer be changed once approved.</source>
        <translation>الموافقة على الحضانة النهارية لـ%1؟ لا يمكن تغيير الحالة بعد الموافقة عليها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+182"/>
        <source>Attach to an existing file — referral %1</source>
        <translation>ضم إلى ملف قائم — التوجه %1</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>AttendanceGrid</name>
    <message>
        <location filename="../../desktop/clubs/attendance.py" line="+133"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absence reason</source>
        <translation>سبب الغياب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allergies</source>
        <translation>الحساسيات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unexplained in a row</source>
        <translation>غياب بلا تبرير متتالٍ</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location line="+177"/>
        <source>&amp;Day:</source>
        <translation>ال&amp;يوم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous club day</source>
        <translation>يوم النادي السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next club day</source>
        <translation>يوم النادي التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;oday</source>
        <translation>ال&amp;يوم الحالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save the day</source>
        <translation>&amp;حفظ اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>ال&amp;شهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print the month&apos;s sheet</source>
        <translation>&amp;طباعة كشف الشهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport &amp;list</source>
        <translation>&amp;قائمة النقل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Space: present or absent · R: the absence reason · F2: edit the note · Ctrl+S: save the day</source>
        <translation>Space: حاضر أو غائب · R: سبب الغياب · F2: تعديل الملاحظة · Ctrl+S: حفظ اليوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance of the day</source>
        <translation>حضور اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance of the month</source>
        <translation>حضور الشهر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 present · %2 absent with a reason · %3 unexplained · a dot: not enrolled that day · tinted: day camp · grey: closed</source>
        <translation>%1 حاضر · %2 غائب بعذر · %3 غياب بلا تبرير · نقطة: غير مسجَّل في ذلك اليوم · ملوَّن: مخيم نهاري · رمادي: مغلق</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a club to take its attendance.</source>
        <translation>يجب اختيار نادٍ لتسجيل الحضور فيه.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The club is closed on this day: no attendance is taken.</source>
        <translation>النادي مغلق في هذا اليوم: لا يُسجَّل الحضور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No child is enrolled in the club on this day.</source>
        <translation>لا يوجد طفل مسجَّل في النادي في هذا اليوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: save the day when the marks are right (Ctrl+S).</source>
        <translation>لم يُحفظ بعد: يجب حفظ اليوم عندما تكون العلامات صحيحة (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1 present, %2 absent.</source>
        <translation>تم الحفظ: %1 حاضرون، %2 غائبون.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded yet: every child is marked present. Mark the children who are absent and save the day.</source>
        <translation>لم يُسجَّل بعد: جميع الأطفال مُعلَّمون كحاضرين. يجب تعليم الأطفال الغائبين وحفظ اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marks not saved on: %1.</source>
        <translation>علامات غير محفوظة في: %1.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Three unexplained absences in a row: a task was sent to %1 for %2.</source>
        <translation>ثلاث حالات غياب بلا تبرير متتالية: أُرسلت مهمة إلى %1 بشأن %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks for the family workers</source>
        <translation>مهام للعاملين الاجتماعيين للعائلات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The day was changed</source>
        <translation>تم تغيير اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this day&apos;s attendance after you opened it. Reload it? Your marks are kept and put back over what was saved; then save again.</source>
        <translation>قام شخص آخر بحفظ حضور هذا اليوم بعد أن فتحته. هل تريد إعادة تحميله؟ ستُحفظ علاماتك وتُعاد فوق ما تم حفظه؛ ثم يجب الحفظ مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance this month: %1 (%2 of %3 recorded child-days present; %4 unexplained absences).</source>
        <translation>الحضور هذا الشهر: %1 (%2 من أصل %3 أيام-طفل مسجَّلة حضورًا؛ %4 حالات غياب بلا تبرير).</translation>
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
    <name>CalendarDialog</name>
    <message>
        <location filename="../../desktop/clubs/calendar_view.py" line="+190"/>
        <source>Clubs calendar</source>
        <translation>تقويم النوادي</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>School year</source>
        <translation>السنة الدراسية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every club (the department&apos;s calendar)</source>
        <translation>جميع النوادي (تقويم القسم)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>School &amp;year:</source>
        <translation>ال&amp;سنة الدراسية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Club:</source>
        <translation>ال&amp;نادي:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The school year&apos;s days</source>
        <translation>أيام السنة الدراسية</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the day changes (required)</source>
        <translation>سبب تغيير اليوم (إلزامي)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange the day</source>
        <translation>&amp;تغيير اليوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 only</source>
        <translation>%1 فقط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change applies to every club that has no day of its own.</source>
        <translation>ينطبق التغيير على كل نادٍ ليس له يوم خاص به.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change applies to this club only: %1.</source>
        <translation>ينطبق التغيير على هذا النادي فقط: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Changed by the club worker: %1</source>
        <translation>غيّرته العاملة الاجتماعية للنوادي: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This club&apos;s own day (it overrides the department&apos;s calendar).</source>
        <translation>يوم خاص بهذا النادي (يتقدّم على تقويم القسم).</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <location filename="../../desktop/committees/meeting_dialog.py" line="+139"/>
        <source>Cancel the meeting of %1</source>
        <translation>إلغاء الجلسة بتاريخ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seen by all staff: no details of families or children here</source>
        <translation>يراه جميع الطاقم: دون تفاصيل عن العائلات أو الأطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Cancel the meeting? Its %n case(s) stay on its agenda; the participants are not told automatically.</source>
        <translation>
            <numerusform>إلغاء الجلسة؟ لا توجد نقاشات في جدول أعمالها؛ ولن يُبلَّغ المشاركون تلقائيًا.</numerusform>
            <numerusform>إلغاء الجلسة؟ يبقى النقاش الوحيد في جدول أعمالها؛ ولن يُبلَّغ المشاركون تلقائيًا.</numerusform>
            <numerusform>إلغاء الجلسة؟ يبقى النقاشان في جدول أعمالها؛ ولن يُبلَّغ المشاركون تلقائيًا.</numerusform>
            <numerusform>إلغاء الجلسة؟ تبقى %n نقاشات في جدول أعمالها؛ ولن يُبلَّغ المشاركون تلقائيًا.</numerusform>
            <numerusform>إلغاء الجلسة؟ يبقى %n نقاشًا في جدول أعمالها؛ ولن يُبلَّغ المشاركون تلقائيًا.</numerusform>
            <numerusform>إلغاء الجلسة؟ يبقى %n نقاش في جدول أعمالها؛ ولن يُبلَّغ المشاركون تلقائيًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the meeting</source>
        <translation>إلغاء الجلسة</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/committees/case_dialog.py" line="+43"/>
        <source>Add a case — meeting of %1</source>
        <translation>إضافة نقاش — الجلسة بتاريخ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case — meeting of %1</source>
        <translation>نقاش — الجلسة بتاريخ %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>social worker, psychologist, counsellor, doctor, nurse…</source>
        <translation>عامل/ة اجتماعي/ة، أخصائي/ة نفسي/ة، مستشار/ة تربوي/ة، طبيب/ة، ممرض/ة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find the file:</source>
        <translation>&amp;بحث عن الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;amily files:</source>
        <translation>&amp;ملفات العائلات:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Child:</source>
        <translation>ال&amp;طفل/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quested by:</source>
        <translation>م&amp;قدّم/ة الطلب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;profession:</source>
        <translation>الم&amp;هنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Background report:</source>
        <translation>&amp;تقرير الخلفية:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This family file has no children: a hearing is about a child of the file.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: يتناول النقاش أحد أطفال الملف.</translation>
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
    <name>ChargeMonthDialog</name>
    <message>
        <location filename="../../desktop/clubs/fees.py" line="+73"/>
        <source>Charge a month&apos;s fees</source>
        <translation>فرض رسوم الشهر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Month:</source>
        <translation>ال&amp;شهر:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every child enrolled in %1 that month is charged the club&apos;s monthly fee, less an exemption or a discount in force.</source>
        <translation>يُفرض على كل طفل مسجَّل في %1 في ذلك الشهر الرسم الشهري للنادي، بعد خصم أي إعفاء أو خصم ساري المفعول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every child enrolled in a club that month is charged the club&apos;s monthly fee, less an exemption or a discount in force.</source>
        <translation>يُفرض على كل طفل مسجَّل في نادٍ في ذلك الشهر الرسم الشهري للنادي، بعد خصم أي إعفاء أو خصم ساري المفعول.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Charge</source>
        <translation>فرض الرسوم</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Charge the fees of %1 for %2? A charge is not deleted; charging the month again adds nothing.</source>
        <translation>هل تريد فرض رسوم %1 عن %2؟ لا يمكن حذف الرسوم المفروضة؛ وفرض رسوم الشهر مرة أخرى لا يضيف شيئًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge the fees of every club for %1? A charge is not deleted; charging the month again adds nothing.</source>
        <translation>هل تريد فرض رسوم جميع النوادي عن %1؟ لا يمكن حذف الرسوم المفروضة؛ وفرض رسوم الشهر مرة أخرى لا يضيف شيئًا.</translation>
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
    <name>ClubDialog</name>
    <message>
        <location filename="../../desktop/clubs/club_dialog.py" line="+53"/>
        <source>New club</source>
        <translation>نادٍ جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Club — %1</source>
        <translation>النادي — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Youngest age</source>
        <translation>أصغر عمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest age</source>
        <translation>أكبر عمر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>years</source>
        <translation>سنوات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sunday to Thursday 12:00–18:00</source>
        <translation>الأحد إلى الخميس 12:00–18:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervising social worker</source>
        <translation>العامل(ة) الاجتماعي(ة) المشرف(ة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acti&amp;ve (takes children, on the overview)</source>
        <translation>&amp;فعّال (يستقبل أطفالًا، ويظهر في النظرة العامة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transport routes</source>
        <translation>مسارات النقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stops</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driver</source>
        <translation>السائق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a route</source>
        <translation>إ&amp;ضافة مسار</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+169"/>
        <source>&amp;Deactivate the route</source>
        <translation>إ&amp;لغاء تفعيل المسار</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>السع&amp;ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ges:</source>
        <translation>&amp;الأعمار:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hours:</source>
        <translation>الساعا&amp;ت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;uide:</source>
        <translation>ال&amp;مرشدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House &amp;mother:</source>
        <translation>&amp;أم البيت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervising social &amp;worker:</source>
        <translation>العامل(ة) الاجتماعي(ة) الم&amp;شرف(ة):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly &amp;fee:</source>
        <translation>ال&amp;رسم الشهري:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport r&amp;outes:</source>
        <translation>مسارات الن&amp;قل:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove the new route</source>
        <translation>إزالة المسار الجديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;tivate the route again</source>
        <translation>إعادة &amp;تفعيل المسار</translation>
    </message>
</context>
<context>
    <name>ClubFees</name>
    <message>
        <location filename="../../desktop/clubs/fees.py" line="-37"/>
        <source>%1: %2 charged, %3 in all.</source>
        <translation>%1: فُرضت رسوم على %2، بمجموع %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had already been charged this month (nothing added).</source>
        <translation>سبق أن فُرضت رسوم على %1 هذا الشهر (لم يُضف شيء).</translation>
    </message>
</context>
<context>
    <name>ClubPrint</name>
    <message>
        <location filename="../../desktop/clubs/printing.py" line="+93"/>
        <source>Club registration form</source>
        <translation>نموذج التسجيل في النادي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance sheet — %1</source>
        <translation>كشف الحضور — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fee notice — %1</source>
        <translation>إشعار رسوم — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transport list — %1</source>
        <translation>قائمة النقل — %1</translation>
    </message>
</context>
<context>
    <name>ClubTab</name>
    <message>
        <location filename="../../desktop/clubs/file_tab.py" line="+83"/>
        <source>Request a &amp;club…</source>
        <translation>طلب &amp;نادٍ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;payment…</source>
        <translation>تسجيل &amp;دفعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print re&amp;gistration</source>
        <translation>طباعة ال&amp;تسجيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xemption or discount…</source>
        <translation>إ&amp;عفاء أو خصم…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Club requests</source>
        <translation>طلبات النوادي</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting (days)</source>
        <translation>الانتظار (أيام)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Through</source>
        <translation>عن طريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No club was requested for the children.</source>
        <translation>لم يُطلب نادٍ للأطفال.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Enrolments</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (30 club days)</source>
        <translation>الحضور (30 يوم نادٍ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allergies</source>
        <translation>الحساسيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May collect the child</source>
        <translation>مخوَّل باستلام الطفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No child of the family is enrolled in a club.</source>
        <translation>لا يوجد طفل من العائلة مسجَّل في نادٍ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Club fees</source>
        <translation>رسوم النادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation>المفروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No charges.</source>
        <translation>لا توجد رسوم مفروضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Charges</source>
        <translation>الرسوم المفروضة</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no.</source>
        <translation>رقم الإيصال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>سجّلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payments.</source>
        <translation>لا توجد دفعات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>any club</source>
        <translation>أي نادٍ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left on %1</source>
        <translation>غادر في %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not signed</source>
        <translation>غير موقَّعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; consent is not signed</source>
        <translation>موافقة الأهل غير موقَّعة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Club fees: the family is in credit, %1.</source>
        <translation>رسوم النادي: للعائلة رصيد دائن بقيمة %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Club fees: the family owes %1, of which %2 in arrears.</source>
        <translation>رسوم النادي: على العائلة %1، منها %2 متأخرات.</translation>
    </message>
</context>
<context>
    <name>Clubs</name>
    <message>
        <location filename="../../desktop/clubs/request_dialog.py" line="+48"/>
        <source>%1 free</source>
        <translation>%1 شاغرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full, %1 waiting</source>
        <translation>ممتلئ، %1 في الانتظار</translation>
    </message>
    <message>
        <location filename="../../desktop/clubs/common.py" line="+227"/>
        <source>Order: pinned first, then children whose age fits, urgency, risk, longest waiting.</source>
        <translation>الترتيب: المثبَّتون أولًا، ثم الأطفال الذين يناسب عمرهم، ثم حسب الإلحاح، ومستوى الخطر، وأطول مدة انتظار.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>high risk</source>
        <translation>خطر مرتفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium risk</source>
        <translation>خطر متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low risk</source>
        <translation>خطر منخفض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>family worker</source>
        <translation>عامل(ة) العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intake</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindergarten or school</source>
        <translation>روضة أو مدرسة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the family declined</source>
        <translation>رفضت العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed in another setting</source>
        <translation>أُلحق بإطار آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the family moved away</source>
        <translation>انتقلت العائلة للسكن في مكان آخر</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the club does not suit the child</source>
        <translation>النادي لا يناسب الطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>goals met</source>
        <translation>تحققت الأهداف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached the club&apos;s age limit</source>
        <translation>بلغ الحد الأقصى لسن النادي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at the family&apos;s request</source>
        <translation>بناءً على طلب العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped attending</source>
        <translation>توقف عن الحضور</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexplained</source>
        <translation>بلا تبرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sick</source>
        <translation>مريض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family reasons</source>
        <translation>أسباب عائلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a school event</source>
        <translation>فعالية مدرسية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>club day</source>
        <translation>يوم نادٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day camp</source>
        <translation>مخيم نهاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosh Hashana</source>
        <translation>رأس السنة العبرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yom Kippur</source>
        <translation>يوم الغفران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sukkot</source>
        <translation>عيد العُرش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shemini Atzeret</source>
        <translation>شميني عتسيرت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanukkah</source>
        <translation>عيد الأنوار (حانوكا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purim</source>
        <translation>عيد المساخر (بوريم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passover</source>
        <translation>عيد الفصح العبري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memorial Day</source>
        <translation>يوم الذكرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independence Day</source>
        <translation>يوم الاستقلال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shavuot</source>
        <translation>عيد الأسابيع (شفوعوت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tisha B&apos;Av</source>
        <translation>التاسع من آب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summer</source>
        <translation>الصيف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exemption</source>
        <translation>إعفاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit card</source>
        <translation>بطاقة ائتمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <location filename="../../desktop/clubs/calendar_view.py" line="-300"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>changed: %1</source>
        <translation>عُدِّل: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this club&apos;s own day</source>
        <translation>يوم خاص بهذا النادي</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>closed: weekend, August</source>
        <translation>مغلق: نهاية الأسبوع، آب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed: a holiday</source>
        <translation>مغلق: عيد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>changed by the club worker</source>
        <translation>عدّلته العاملة الاجتماعية للنوادي</translation>
    </message>
</context>
<context>
    <name>ClubsPage</name>
    <message>
        <location filename="../../desktop/clubs/page.py" line="+73"/>
        <location line="+289"/>
        <source>Therapeutic clubs</source>
        <translation>النوادي العلاجية</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>&amp;New club…</source>
        <translation>نادٍ &amp;جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit clu&amp;b…</source>
        <translation>تعديل ال&amp;نادي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School &amp;referral…</source>
        <translation>إحالة من ال&amp;مدرسة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A kindergarten or school refers a child for a club</source>
        <translation>روضة أو مدرسة تُحيل طفلًا إلى نادٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;التقويم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge the &amp;month…</source>
        <translation>فرض رسوم ال&amp;شهر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enrol the ne&amp;xt child…</source>
        <translation>تسجيل الطفل التا&amp;لي…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Waiting list</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hildren</source>
        <translation>الأ&amp;طفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttendance</source>
        <translation>ال&amp;حضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fees</source>
        <translation>ال&amp;رسوم</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>A seat is free in %1: next on the list is %2 (file %3).</source>
        <translation>يوجد مكان شاغر في %1: التالي في القائمة هو %2 (ملف %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n seat(s) free.</source>
        <translation>
            <numerusform>لا توجد أماكن شاغرة.</numerusform>
            <numerusform>مكان واحد شاغر.</numerusform>
            <numerusform>مكانان شاغران.</numerusform>
            <numerusform>%n أماكن شاغرة.</numerusform>
            <numerusform>%n مكانًا شاغرًا.</numerusform>
            <numerusform>%n مكان شاغر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol %1</source>
        <translation>تسجيل %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Referral %1 is in intake&apos;s queue. Intake will open the family&apos;s file and file the club request; the child then appears on the waiting list.</source>
        <translation>الإحالة %1 في قائمة انتظار الاستقبال. سيفتح الاستقبال ملف العائلة ويقدّم طلب النادي؛ ثم يظهر الطفل في قائمة الانتظار.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every club</source>
        <translation>جميع النوادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club request for %1 is on the waiting list of %2.</source>
        <translation>طلب النادي لـ %1 موجود في قائمة الانتظار لـ %2.</translation>
    </message>
</context>
<context>
    <name>CommitteePrint</name>
    <message>
        <location filename="../../desktop/committees/printing.py" line="+99"/>
        <source>Decision letter — to whom?</source>
        <translation>رسالة القرار — إلى من؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One letter to each parent ticked, in the parent&apos;s language:</source>
        <translation>رسالة لكل من الوالدين المحدَّدين في القائمة، بلغة كل منهم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parent or guardian is among the case&apos;s participants: add them to the case first.</source>
        <translation>لا يوجد أحد من الوالدين أو وصيّ بين المشاركين في النقاش: يرجى إضافتهم إلى النقاش أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary letter — to whom?</source>
        <translation>رسالة الملخص — إلى من؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One letter to each professional ticked, in the addressee&apos;s language:</source>
        <translation>رسالة لكل مهني/ة محدَّد/ة في القائمة، بلغة المرسَل إليه/ا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No professional is among the case&apos;s participants: add the school or the other service to the case first.</source>
        <translation>لا يوجد مهنيون بين المشاركين في النقاش: يرجى أولًا إضافة المدرسة أو الجهة الأخرى إلى النقاش.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Addressees</source>
        <translation>المرسَل إليهم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Decision letter — %1</source>
        <translation>رسالة القرار — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary letter — %1</source>
        <translation>رسالة الملخص — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol — %1</source>
        <translation>المحضر — %1</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../desktop/committees/file_tab.py" line="+60"/>
        <location line="+5"/>
        <source>Hearings</source>
        <translation>النقاشات</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family has not been heard by the committee.</source>
        <translation>لم يُعرض ملف العائلة على اللجنة بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Foster referral…</source>
        <translation>تحويل إلى الرعاية البديلة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A referral to the foster-care service carrying out the selected hearing&apos;s out-of-home decision</source>
        <translation>تحويل إلى خدمة العائلات الحاضنة لتنفيذ قرار الإخراج إلى إطار خارج البيت الصادر في النقاش المحدَّد</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Placements out of home</source>
        <translation>الإيداع في إطار خارج البيت</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Setting</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual review</source>
        <translation>المراجعة السنوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No placements.</source>
        <translation>لا توجد حالات إيداع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record placement…</source>
        <translation>تسجيل إيداع…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End placement…</source>
        <translation>إنهاء الإيداع…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Next review: none scheduled.</source>
        <translation>المراجعة القادمة: لم يُحدَّد موعد بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <translation>المراجعة القادمة: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose a hearing whose final decision is an out-of-home placement.</source>
        <translation>يرجى اختيار نقاش قراره النهائي هو إخراج الطفل/ة إلى إطار خارج البيت.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This decision already has its foster-care referral (the file&apos;s Foster care tab).</source>
        <translation>لهذا القرار تحويل إلى الرعاية البديلة من قبل (تبويب «الرعاية البديلة» في الملف).</translation>
    </message>
</context>
<context>
    <name>Committees</name>
    <message numerus="yes">
        <location filename="../../desktop/committees/common.py" line="+35"/>
        <source>The meeting is in %n day(s): parents must be invited at least %1 days ahead. Only an urgent hearing may be held sooner.</source>
        <translation>
            <numerusform>الجلسة اليوم: يجب دعوة الأهل قبل %1 يومًا على الأقل. يمكن عقد نقاش عاجل فقط في موعد أقرب.</numerusform>
            <numerusform>الجلسة بعد يوم واحد: يجب دعوة الأهل قبل %1 يومًا على الأقل. يمكن عقد نقاش عاجل فقط في موعد أقرب.</numerusform>
            <numerusform>الجلسة بعد يومين: يجب دعوة الأهل قبل %1 يومًا على الأقل. يمكن عقد نقاش عاجل فقط في موعد أقرب.</numerusform>
            <numerusform>الجلسة بعد %n أيام: يجب دعوة الأهل قبل %1 يومًا على الأقل. يمكن عقد نقاش عاجل فقط في موعد أقرب.</numerusform>
            <numerusform>الجلسة بعد %n يومًا: يجب دعوة الأهل قبل %1 يومًا على الأقل. يمكن عقد نقاش عاجل فقط في موعد أقرب.</numerusform>
            <numerusform>الجلسة بعد %n يوم: يجب دعوة الأهل قبل %1 يومًا على الأقل. يمكن عقد نقاش عاجل فقط في موعد أقرب.</numerusform>
        </translation>
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
    <name>Daycare</name>
    <message>
        <location filename="../../desktop/daycare/case_dialog.py" line="+77"/>
        <source>%1 months on %2</source>
        <translation>العمر بالأشهر في %2: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 months on %2: day-care is for toddlers under %3 months</source>
        <translation>العمر بالأشهر في %2: %1؛ الحضانة النهارية مخصَّصة للأطفال الصغار دون سن %3 شهرًا</translation>
    </message>
    <message>
        <location filename="../../desktop/daycare/common.py" line="+39"/>
        <source>abuse or neglect</source>
        <translation>إساءة أو إهمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent unable to function</source>
        <translation>أحد الوالدين غير قادر على أداء دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>developmental delay</source>
        <translation>تأخر نمائي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>paediatrician</source>
        <translation>طبيب/ة أطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>developmental psychologist</source>
        <translation>أخصائي/ة نفسي/ة تطوري/ة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>treatment-plan committee</source>
        <translation>لجنة خطط العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toddlers-at-risk committee</source>
        <translation>لجنة الأطفال الصغار في خطر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>تم الإلحاق بحضانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household&apos;s monthly income</source>
        <translation>الدخل الشهري للأسرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per person</source>
        <translation>الدخل للفرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income table in force from</source>
        <translation>جدول الدخل ساري المفعول من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bracket (income per person)</source>
        <translation>الشريحة (الدخل للفرد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share (a month)</source>
        <translation>حصة الأهل (شهريًا)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n month(s)</source>
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
        <location line="+10"/>
        <source>Registration for day-care is open until %1: register the toddlers whose day-care was decided.</source>
        <translation>التسجيل للحضانات النهارية مفتوح حتى %1: يرجى تسجيل الأطفال الصغار الذين تقرَّر إلحاقهم بحضانة نهارية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration for day-care opens on %1 (February and March): prepare the toddlers&apos; cases.</source>
        <translation>يبدأ التسجيل للحضانات النهارية في %1 (شباط وآذار): يرجى تجهيز حالات الأطفال الصغار.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and more</source>
        <translation>%1 فأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the household&apos;s size and income: the share is computed here.</source>
        <translation>أدخل عدد أفراد الأسرة ودخلها: تُحسب الحصة هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; share, step by step</source>
        <translation>حصة الأهل، خطوة بخطوة</translation>
    </message>
</context>
<context>
    <name>DaycareCaseDialog</name>
    <message>
        <location filename="../../desktop/daycare/case_dialog.py" line="+9"/>
        <source>New day-care case</source>
        <translation>حالة حضانة نهارية جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-care case — %1</source>
        <translation>حالة حضانة نهارية — %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Written medical information is attached</source>
        <translation>&amp;أُرفقت معلومات طبية مكتوبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinic, hospital or doctor that wrote it</source>
        <translation>العيادة أو المستشفى أو الطبيب/ة الذي كتبها</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The child and the decision</source>
        <translation>الطفل/ة والقرار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find the file:</source>
        <translation>&amp;بحث عن الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;amily files:</source>
        <translation>&amp;ملفات العائلات:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>ال&amp;طفل/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School &amp;year:</source>
        <translation>ال&amp;سنة الدراسية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age on 1 September:</source>
        <translation>العمر في 1 أيلول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ground:</source>
        <translation>&amp;سبب الخطر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social worker&apos;s &amp;opinion:</source>
        <translation>&amp;رأي العامل/ة الاجتماعي/ة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical information fro&amp;m:</source>
        <translation>المعلومات الطبية &amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed &amp;by:</source>
        <translation>جهة ال&amp;تأكيد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist&apos;s &amp;name:</source>
        <translation>ا&amp;سم الأخصائي/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation da&amp;te:</source>
        <translation>&amp;تاريخ التأكيد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Committee:</source>
        <translation>ال&amp;لجنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protocol:</source>
        <translation>ال&amp;محضر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee&apos;s &amp;date:</source>
        <translation>&amp;تاريخ اللجنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>رقم ال&amp;مرجع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; share</source>
        <translation>حصة الأهل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household si&amp;ze:</source>
        <translation>&amp;عدد أفراد الأسرة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total monthly &amp;income:</source>
        <translation>إجمالي ال&amp;دخل الشهري:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calculation, step by step:</source>
        <translation>الحساب، خطوة بخطوة:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>New day-care case — %1</source>
        <translation>حالة حضانة نهارية جديدة — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This family file has no children: day-care is for a toddler of the file. Add the child to the file first.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: الحضانة النهارية مخصَّصة لطفل صغير من الملف. يجب إضافة الطفل إلى الملف أولًا.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The child&apos;s birth date is not recorded: add it to the child&apos;s details first (the age on 1 September decides).</source>
        <translation>تاريخ ميلاد الطفل غير مسجَّل: يجب إضافته إلى بيانات الطفل أولًا (العمر في 1 أيلول هو الحاسم).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The child has no final protocol of the treatment-plan committee: choose the toddlers-at-risk committee, or finalise the committee&apos;s protocol first.</source>
        <translation>لا يوجد للطفل محضر نهائي من لجنة خطط العلاج: يرجى اختيار لجنة الأطفال الصغار في خطر، أو اعتماد محضر اللجنة نهائيًا أولًا.</translation>
    </message>
</context>
<context>
    <name>DaycarePage</name>
    <message>
        <location filename="../../desktop/daycare/page.py" line="+82"/>
        <source>Day-care for toddlers at risk</source>
        <translation>الحضانات النهارية للأطفال الصغار في خطر</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New case…</source>
        <translation>حالة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;موافقة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace…</source>
        <translation>إ&amp;لحاق بحضانة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;d day-care…</source>
        <translation>إ&amp;نهاء الحضانة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print approval letter</source>
        <translation>&amp;طباعة رسالة الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;file</source>
        <translation>فتح ال&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School &amp;year:</source>
        <translation>ال&amp;سنة الدراسية:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age (months, 1 Sept.)</source>
        <translation>العمر (بالأشهر، 1 أيلول)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School year</source>
        <translation>السنة الدراسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground</source>
        <translation>سبب الخطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day-care centre</source>
        <translation>الحضانة النهارية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share</source>
        <translation>حصة الأهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No day-care case in the files you see.</source>
        <translation>لا توجد حالات حضانة نهارية في الملفات المتاحة لك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-care cases</source>
        <translation>حالات الحضانة النهارية</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Cases</source>
        <translation>ال&amp;حالات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Income levels</source>
        <translation>&amp;مستويات الدخل</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا توجد حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaycarePrint</name>
    <message>
        <location filename="../../desktop/daycare/printing.py" line="+39"/>
        <source>Day-care approval letter</source>
        <translation>رسالة الموافقة على الحضانة النهارية</translation>
    </message>
</context>
<context>
    <name>DaycareTab</name>
    <message>
        <location filename="../../desktop/daycare/file_tab.py" line="+63"/>
        <source>New &amp;day-care case…</source>
        <translation>حالة &amp;حضانة نهارية جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the cas&amp;e…</source>
        <translation>تحرير ال&amp;حالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appro&amp;ve…</source>
        <translation>م&amp;وافقة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place in a &amp;centre…</source>
        <translation>إلحاق ب&amp;حضانة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End day-care…</source>
        <translation>إنهاء الحضانة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the approval &amp;letter</source>
        <translation>طباعة &amp;رسالة الموافقة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School year</source>
        <translation>السنة الدراسية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age (months, 1 Sept.)</source>
        <translation>العمر (بالأشهر، 1 أيلول)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground</source>
        <translation>سبب الخطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day-care centre</source>
        <translation>الحضانة النهارية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share</source>
        <translation>حصة الأهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No day-care case for the family&apos;s toddlers.</source>
        <translation>لا توجد حالات حضانة نهارية لأطفال العائلة الصغار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-care cases</source>
        <translation>حالات الحضانة النهارية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parents&apos; share, step by step</source>
        <translation>حصة الأهل، خطوة بخطوة</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1, %2 months on 1 September %3.</source>
        <translation>%1، العمر بالأشهر في 1 أيلول %3: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1.</source>
        <translation>تمت الموافقة من قِبل %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on %1: %2</source>
        <translation>انتهت في %1: %2</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/forum/decision_dialog.py" line="+51"/>
        <source>Forum decision</source>
        <translation>قرار المنتدى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report</source>
        <translation>البلاغ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description of the report</source>
        <translation>وصف البلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child:</source>
        <translation>الطفل/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on:</source>
        <translation>تاريخ البلاغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by:</source>
        <translation>المُبلِّغ/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency:</source>
        <translation>درجة الاستعجال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by:</source>
        <translation>المسجِّل/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At the forum&apos;s meeting of %1</source>
        <translation>في جلسة المنتدى بتاريخ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the worker is to do: the task&apos;s description</source>
        <translation>ما المطلوب من العامل/ة: وصف المهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intervention:</source>
        <translation>ال&amp;تدخل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worker in charge:</source>
        <translation>العامل/ة ال&amp;مسؤول/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue date:</source>
        <translation>ال&amp;موعد:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload the report</source>
        <translation>تحديث البلاغ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>— choose the worker —</source>
        <translation>— اختر العامل/ة —</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This report was decided meanwhile, at the meeting of %1: %2.</source>
        <translation>اتُّخذ قرار في هذا البلاغ في هذه الأثناء، في الجلسة بتاريخ %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In charge: %1.</source>
        <translation>المسؤول/ة: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forum decision — %1</source>
        <translation>قرار المنتدى — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · open %n day(s)</source>
        <translation>
            <numerusform>%1 · مفتوح منذ اليوم</numerusform>
            <numerusform>%1 · مفتوح منذ يوم واحد</numerusform>
            <numerusform>%1 · مفتوح منذ يومين</numerusform>
            <numerusform>%1 · مفتوح منذ %n أيام</numerusform>
            <numerusform>%1 · مفتوح منذ %n يومًا</numerusform>
            <numerusform>%1 · مفتوح منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A routine report: two weeks after the meeting are proposed.</source>
        <translation>بلاغ اعتيادي: يُقترح موعد بعد أسبوعين من الجلسة.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A report of urgency “%1” is due at the latest %n day(s) after the meeting.</source>
        <translation>
            <numerusform>بلاغ بدرجة استعجال «%1»: يحين الموعد في يوم الجلسة نفسه.</numerusform>
            <numerusform>بلاغ بدرجة استعجال «%1»: يحين الموعد خلال يوم واحد من الجلسة على الأكثر.</numerusform>
            <numerusform>بلاغ بدرجة استعجال «%1»: يحين الموعد خلال يومين من الجلسة على الأكثر.</numerusform>
            <numerusform>بلاغ بدرجة استعجال «%1»: يحين الموعد خلال %n أيام من الجلسة على الأكثر.</numerusform>
            <numerusform>بلاغ بدرجة استعجال «%1»: يحين الموعد خلال %n يومًا من الجلسة على الأكثر.</numerusform>
            <numerusform>بلاغ بدرجة استعجال «%1»: يحين الموعد خلال %n يوم من الجلسة على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record the decision? A decision is final: a correction is a new report.</source>
        <translation>تسجيل القرار؟ القرار نهائي: أي تصحيح يكون ببلاغ جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
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
        <location filename="../../desktop/committees/file_tab.py" line="-91"/>
        <location filename="../../desktop/foster/referral_view.py" line="+335"/>
        <location line="+25"/>
        <location filename="../../desktop/widgets/due.py" line="+22"/>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/due.py" line="+21"/>
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
    <name>EndDialog</name>
    <message>
        <location filename="../../desktop/daycare/actions.py" line="+50"/>
        <source>End day-care — %1</source>
        <translation>إنهاء الحضانة النهارية — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In day-care at %1 since %2.</source>
        <translation>في حضانة %1 منذ %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends on:</source>
        <translation>&amp;تاريخ الانتهاء:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desktop/therapy/dialogs.py" line="+252"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End the day-care of %1 on %2?</source>
        <translation>إنهاء الحضانة النهارية لـ%1 بتاريخ %2؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the day-care</source>
        <translation>إنهاء الحضانة النهارية</translation>
    </message>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-12"/>
        <source>End the referral — %1</source>
        <translation>إنهاء التحويل — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Ended on:</source>
        <translation>&amp;تاريخ الانتهاء:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the referral of %1 on %2? An ended referral cannot be reopened: a new referral would be needed.</source>
        <translation>إنهاء تحويل %1 بتاريخ %2؟ لا يمكن إعادة فتح تحويل منتهٍ: سيلزم تحويل جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the referral</source>
        <translation>إنهاء التحويل</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../desktop/committees/placement_dialog.py" line="+91"/>
        <source>End placement — %1</source>
        <translation>إنهاء الإيداع — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 since %2</source>
        <translation>%1 منذ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ended on:</source>
        <translation>&amp;تاريخ الانتهاء:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End the placement? The child&apos;s annual review is no longer computed from it.</source>
        <translation>إنهاء الإيداع؟ لن يُحتسب موعد المراجعة السنوية للطفل/ة بناءً عليه بعد الآن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End placement</source>
        <translation>إنهاء الإيداع</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/clubs/enrol_dialog.py" line="+97"/>
        <source>Enrolment — %1</source>
        <translation>التسجيل — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol %1</source>
        <translation>تسجيل %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol a child</source>
        <translation>تسجيل طفل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find the family file:</source>
        <translation>ال&amp;بحث عن ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Famil&amp;y files:</source>
        <translation>مل&amp;فات العائلات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>ال&amp;طفل:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Child:</source>
        <translation>الطفل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lub:</source>
        <translation>ال&amp;نادي:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned &amp;end:</source>
        <translation>ا&amp;لنهاية المخططة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for enrolling &amp;outside the age range:</source>
        <translation>سبب التسجيل &amp;خارج الفئة العمرية:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the child is picked up</source>
        <translation>مكان استلام الطفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transport route</source>
        <translation>مسار النقل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collected at the club, &amp;no drop-off</source>
        <translation>&amp;يُستلم من النادي، دون توصيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parents&apos; &amp;consent signed on:</source>
        <translation>تا&amp;ريخ توقيع موافقة الأهل:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;تاريخ البدء:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>School (&amp;pick-up):</source>
        <translation>الم&amp;درسة (مكان الاستلام):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Route:</source>
        <translation>ال&amp;مسار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop-off &amp;address:</source>
        <translation>&amp;عنوان التوصيل:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None known</source>
        <translation>لا يوجد معروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People allowed to collect the child</source>
        <translation>الأشخاص المخوَّلون باستلام الطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;dd a person</source>
        <translation>إ&amp;ضافة شخص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move the person</source>
        <translation>إ&amp;زالة الشخص</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Goals:</source>
        <translation>الأ&amp;هداف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die&amp;t:</source>
        <translation>&amp;النظام الغذائي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allerg&amp;ies:</source>
        <translation>ال&amp;حساسيات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed to pic&amp;k up the child:</source>
        <translation>المخوَّلون با&amp;ستلام الطفل:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the &amp;waiting list</source>
        <translation>عرض &amp;قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>There is no active club to enrol in: add a club first.</source>
        <translation>لا يوجد نادٍ فعّال للتسجيل فيه: يجب إضافة نادٍ أولًا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This family file has no children: a club is for a child of the file.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: النادي مخصّص لطفل من الملف.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No route</source>
        <translation>بلا مسار</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>On the start date the child is %1; %2 takes children of %3 to %4.</source>
        <translation>في تاريخ البدء يكون عمر الطفل %1؛ يستقبل %2 أطفالًا من عمر %3 حتى %4.</translation>
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
    <name>FamilyParticipantsDialog</name>
    <message>
        <location filename="../../desktop/committees/participant_dialog.py" line="+119"/>
        <source>Add the family — %1</source>
        <translation>إضافة العائلة — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested participants</source>
        <translation>المشاركون/ات المقترحون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants to add:</source>
        <translation>ال&amp;مشاركون/ات المراد إضافتهم:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The family&apos;s parents, the child and the family worker are all on the case already.</source>
        <translation>الوالدان والطفل/ة والعامل/ة الاجتماعي/ة للعائلة مضافون جميعًا إلى النقاش من قبل.</translation>
    </message>
</context>
<context>
    <name>FeesView</name>
    <message>
        <location filename="../../desktop/clubs/fees.py" line="+84"/>
        <source>M&amp;onth:</source>
        <translation>ال&amp;شهر:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;payment…</source>
        <translation>تسجيل &amp;دفعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exemption or discount…</source>
        <translation>إ&amp;عفاء أو خصم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the fee &amp;notice</source>
        <translation>طباعة إ&amp;شعار الرسوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;file</source>
        <translation>فتح ال&amp;ملف</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Charge the month</source>
        <translation>&amp;فرض رسوم الشهر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charged</source>
        <translation>المفروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exemption / discount</source>
        <translation>إعفاء / خصم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid in the month</source>
        <translation>المدفوع في الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>المتأخرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No child was charged or paid in this month.</source>
        <translation>لم تُفرض رسوم على أي طفل ولم يدفع أي طفل في هذا الشهر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s closing list</source>
        <translation>قائمة إقفال الشهر</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Owed from months before this one</source>
        <translation>مستحق عن الأشهر التي سبقت هذا الشهر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: charged %2 · paid %3 · arrears %4</source>
        <translation>%1: المطلوب %2 · المدفوع %3 · المتأخرات %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n child(ren) enrolled this month not charged yet.</source>
        <translation>
            <numerusform>لا يوجد أطفال مسجَّلون هذا الشهر لم تُحتسب رسومهم بعد.</numerusform>
            <numerusform>لم تُحتسب بعد رسوم طفل واحد مسجَّل هذا الشهر.</numerusform>
            <numerusform>لم تُحتسب بعد رسوم طفلين مسجَّلين هذا الشهر.</numerusform>
            <numerusform>لم تُحتسب بعد رسوم %n أطفال مسجَّلين هذا الشهر.</numerusform>
            <numerusform>لم تُحتسب بعد رسوم %n طفلًا مسجَّلًا هذا الشهر.</numerusform>
            <numerusform>لم تُحتسب بعد رسوم %n طفل مسجَّل هذا الشهر.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every child enrolled this month has been charged.</source>
        <translation>احتُسبت الرسوم لجميع الأطفال المسجَّلين هذا الشهر.</translation>
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
    <name>FileFinder</name>
    <message>
        <location filename="../../desktop/widgets/file_finder.py" line="+41"/>
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
        <location line="+2"/>
        <source>Team</source>
        <translation>الطاقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the family file</source>
        <translation>اكتب للبحث عن ملف العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family files found</source>
        <translation>ملفات العائلات التي عُثر عليها</translation>
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
        <location filename="../../desktop/families/tabs/__init__.py" line="+102"/>
        <location filename="../../desktop/families/tabs/members.py" line="+2"/>
        <source>Members</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Foster care</source>
        <translation>الرعاية البديلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Youth law</source>
        <translation>قانون الشبيبة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Therapy</source>
        <translation>العلاج العاطفي</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Day-care</source>
        <translation>الحضانة النهارية</translation>
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
        <location filename="../../desktop/families/tabs/__init__.py" line="-17"/>
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
        <location filename="../../desktop/families/tabs/__init__.py" line="+20"/>
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
    <name>FollowUpView</name>
    <message>
        <location filename="../../desktop/committees/follow_up.py" line="+51"/>
        <source>Committee follow-up</source>
        <translation>متابعة اللجنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Overdue committee tasks</source>
        <translation>مهام اللجنة المتأخرة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>المسؤول/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No overdue committee tasks</source>
        <translation>لا توجد مهام متأخرة للجنة</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reviews due in the next %n day(s)</source>
        <translation>
            <numerusform>المراجعات المستحقة خلال %n يوم</numerusform>
            <numerusform>المراجعات المستحقة خلال يوم واحد</numerusform>
            <numerusform>المراجعات المستحقة خلال يومين</numerusform>
            <numerusform>المراجعات المستحقة خلال %n أيام</numerusform>
            <numerusform>المراجعات المستحقة خلال %n يومًا</numerusform>
            <numerusform>المراجعات المستحقة خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>موعد الاستحقاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reviews due</source>
        <translation>لا توجد مراجعات مستحقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews due</source>
        <translation>المراجعات المستحقة</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>موعد الاستحقاق: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The %n most overdue task(s) of more</source>
        <translation>
            <numerusform>لا تُعرض مهام — وهناك المزيد</numerusform>
            <numerusform>تُعرض المهمة الأكثر تأخرًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض المهمتان الأكثر تأخرًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض %n مهام هي الأكثر تأخرًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض %n مهمة هي الأكثر تأخرًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض %n مهمة هي الأكثر تأخرًا — وهناك المزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>لا توجد مهام متأخرة</numerusform>
            <numerusform>مهمة متأخرة واحدة</numerusform>
            <numerusform>مهمتان متأخرتان</numerusform>
            <numerusform>%n مهام متأخرة</numerusform>
            <numerusform>%n مهمة متأخرة</numerusform>
            <numerusform>%n مهمة متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annual review of a placement (%1)</source>
        <translation>مراجعة سنوية لإيداع (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last protocol&apos;s next review</source>
        <translation>المراجعة القادمة المحدَّدة في المحضر الأخير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last heard %1</source>
        <translation>آخر نقاش: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>مُدرَج في جلسة</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n soonest review(s) of more</source>
        <translation>
            <numerusform>لا تُعرض مراجعات — وهناك المزيد</numerusform>
            <numerusform>تُعرض المراجعة الأقرب موعدًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض المراجعتان الأقرب موعدًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض %n مراجعات هي الأقرب موعدًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض %n مراجعة هي الأقرب موعدًا — وهناك المزيد</numerusform>
            <numerusform>تُعرض %n مراجعة هي الأقرب موعدًا — وهناك المزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s) due</source>
        <translation>
            <numerusform>لا توجد مراجعات مستحقة</numerusform>
            <numerusform>مراجعة مستحقة واحدة</numerusform>
            <numerusform>مراجعتان مستحقتان</numerusform>
            <numerusform>%n مراجعات مستحقة</numerusform>
            <numerusform>%n مراجعة مستحقة</numerusform>
            <numerusform>%n مراجعة مستحقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forum</name>
    <message>
        <location filename="../../desktop/forum/common.py" line="+50"/>
        <source>Most urgent first, then the youngest child, then the oldest report.</source>
        <translation>الأكثر استعجالًا أولًا، ثم الطفل الأصغر سنًا، ثم البلاغ الأقدم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 m</source>
        <translation>%1 شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 y %2 m</source>
        <translation>%1 سنة و%2 شهر</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The decision is due within %n day(s) of the meeting</source>
        <translation>
            <numerusform>يجب تنفيذ القرار في يوم الجلسة</numerusform>
            <numerusform>يجب تنفيذ القرار خلال يوم واحد من الجلسة</numerusform>
            <numerusform>يجب تنفيذ القرار خلال يومين من الجلسة</numerusform>
            <numerusform>يجب تنفيذ القرار خلال %n أيام من الجلسة</numerusform>
            <numerusform>يجب تنفيذ القرار خلال %n يومًا من الجلسة</numerusform>
            <numerusform>يجب تنفيذ القرار خلال %n يوم من الجلسة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>physical abuse</source>
        <translation>إساءة جسدية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual abuse</source>
        <translation>اعتداء جنسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotional abuse</source>
        <translation>إساءة عاطفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neglect</source>
        <translation>إهمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domestic violence</source>
        <translation>عنف في العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ran away from home</source>
        <translation>هروب من البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent unable to function</source>
        <translation>أحد الوالدين غير قادر على أداء دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="-10"/>
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
        <source>neighbour</source>
        <translation>جار/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>قريب/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minor</source>
        <translation>القاصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department worker</source>
        <translation>موظف/ة في القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>report</source>
        <translation>بلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intake referral</source>
        <translation>توجه عبر الاستقبال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessment visit</source>
        <translation>زيارة تقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the treatment-plan committee</source>
        <translation>إلى لجنة خطط العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report to the police</source>
        <translation>بلاغ للشرطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency removal from home</source>
        <translation>إخراج طارئ من البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services in the community</source>
        <translation>خدمات في المجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring</source>
        <translation>متابعة ومراقبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no further action</source>
        <translation>لا حاجة لإجراء إضافي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other intervention</source>
        <translation>تدخل آخر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>انعقدت</translation>
    </message>
</context>
<context>
    <name>ForumCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/forum/page.py" line="+95"/>
        <source>%n decided</source>
        <translation>
            <numerusform>لم يُبتّ في أي بلاغ</numerusform>
            <numerusform>بُتّ في بلاغ واحد</numerusform>
            <numerusform>بُتّ في بلاغين</numerusform>
            <numerusform>بُتّ في %n بلاغات</numerusform>
            <numerusform>بُتّ في %n بلاغًا</numerusform>
            <numerusform>بُتّ في %n بلاغ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumMeetingDialog</name>
    <message>
        <location filename="../../desktop/forum/meeting_dialog.py" line="+51"/>
        <source>New forum meeting</source>
        <translation>جلسة منتدى جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum meeting of %1</source>
        <translation>جلسة المنتدى بتاريخ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One name per line: the forum&apos;s members and guests</source>
        <translation>اسم واحد في كل سطر: أعضاء المنتدى وضيوفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The district youth-law worker &amp;attends (monthly)</source>
        <translation>&amp;حضور العامل/ة الاجتماعي/ة اللوائي/ة لقانون الشبيبة (شهريًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seen by all staff: no details of families or children here</source>
        <translation>يراه جميع الطاقم: دون تفاصيل عن العائلات أو الأطفال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hair:</source>
        <translation>&amp;رئيس/ة المنتدى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttendees:</source>
        <translation>ال&amp;حاضرون:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>&amp;الملاحظات:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nobody can chair the forum: ask the administrator for the youth-law workers&apos; and team heads&apos; accounts.</source>
        <translation>لا يوجد من يمكنه رئاسة المنتدى: يرجى التوجه إلى مسؤول النظام بشأن حسابات العاملين الاجتماعيين لقانون الشبيبة ورؤساء الطواقم.</translation>
    </message>
</context>
<context>
    <name>ForumPage</name>
    <message>
        <location filename="../../desktop/forum/page.py" line="+28"/>
        <source>Youth-law forum</source>
        <translation>منتدى قانون الشبيبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting:</source>
        <translation>ال&amp;جلسة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forum meeting</source>
        <translation>جلسة المنتدى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New meeting…</source>
        <translation>جلسة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;تحرير الجلسة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;held</source>
        <translation>تسجيل ا&amp;نعقاد الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the meeting took place</source>
        <translation>تسجيل أن الجلسة قد انعقدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print minutes…</source>
        <translation>&amp;طباعة المحضر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agenda: reports waiting for a decision</source>
        <translation>جدول الأعمال: بلاغات بانتظار قرار</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Reported on</source>
        <translation>تاريخ البلاغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days open</source>
        <translation>مفتوح منذ (أيام)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by</source>
        <translation>المُبلِّغ/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report is waiting for the forum. A report is recorded from the family file&apos;s Youth law tab.</source>
        <translation>لا توجد بلاغات بانتظار المنتدى. يُسجَّل البلاغ من تبويب «قانون الشبيبة» في ملف العائلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decide…</source>
        <translation>ا&amp;تخاذ قرار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the forum&apos;s decision on the selected report (Enter)</source>
        <translation>تسجيل قرار المنتدى في البلاغ المحدَّد (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the family file</source>
        <translation>&amp;فتح ملف العائلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show mo&amp;re</source>
        <translation>عرض ال&amp;مزيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next reports of the agenda</source>
        <translation>عرض البلاغات التالية في جدول الأعمال</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+173"/>
        <source>Decided at this meeting</source>
        <translation>ما تقرَّر في هذه الجلسة</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Intervention</source>
        <translation>التدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>المسؤول/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was decided at this meeting yet.</source>
        <translation>لم يُتخذ أي قرار في هذه الجلسة بعد.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No meeting yet: New meeting (Ctrl+N)</source>
        <translation>لا توجد جلسات بعد: «جلسة جديدة» (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose this week&apos;s meeting, or make it with New meeting (Ctrl+N): the forum&apos;s decisions are recorded at a meeting.</source>
        <translation>اختر جلسة هذا الأسبوع، أو أنشئها عبر «جلسة جديدة» (Ctrl+N): تُسجَّل قرارات المنتدى في إطار جلسة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chair: %1</source>
        <translation>رئيس/ة المنتدى: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees: %1</source>
        <translation>الحاضرون: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the district youth-law worker attends (monthly)</source>
        <translation>بحضور العامل/ة الاجتماعي/ة اللوائي/ة لقانون الشبيبة (شهريًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting of %1 is ahead: its decisions are recorded on the day (or choose today&apos;s meeting).</source>
        <translation>الجلسة بتاريخ %1 لم تنعقد بعد: تُسجَّل قراراتها في يوم انعقادها (أو اختر جلسة اليوم).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the first %1 of %2</source>
        <translation>أول %1 من أصل %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>لا توجد بلاغات بالانتظار</numerusform>
            <numerusform>بلاغ واحد بالانتظار</numerusform>
            <numerusform>بلاغان بالانتظار</numerusform>
            <numerusform>%n بلاغات بالانتظار</numerusform>
            <numerusform>%n بلاغًا بالانتظار</numerusform>
            <numerusform>%n بلاغ بالانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Decided at this meeting (%n)</source>
        <translation>
            <numerusform>ما تقرَّر في هذه الجلسة (%n)</numerusform>
            <numerusform>ما تقرَّر في هذه الجلسة (%n)</numerusform>
            <numerusform>ما تقرَّر في هذه الجلسة (%n)</numerusform>
            <numerusform>ما تقرَّر في هذه الجلسة (%n)</numerusform>
            <numerusform>ما تقرَّر في هذه الجلسة (%n)</numerusform>
            <numerusform>ما تقرَّر في هذه الجلسة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+2"/>
        <source>Mark held</source>
        <translation>تسجيل انعقاد الجلسة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Record that the forum met on %1?</source>
        <translation>تسجيل انعقاد المنتدى بتاريخ %1؟</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decided: a task was sent to %1 for %2.</source>
        <translation>اتُّخذ القرار: أُرسلت مهمة إلى %1 بشأن %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided for %1: %2.</source>
        <translation>القرار بشأن %1: %2.</translation>
    </message>
</context>
<context>
    <name>ForumPrint</name>
    <message>
        <location filename="../../desktop/forum/printing.py" line="+57"/>
        <source>Forum minutes — %1</source>
        <translation>محضر المنتدى — %1</translation>
    </message>
</context>
<context>
    <name>ForumReferralDialog</name>
    <message>
        <location filename="../../desktop/forum/referral_dialog.py" line="+34"/>
        <source>Send to the youth-law forum — referral %1</source>
        <translation>إرسال إلى منتدى قانون الشبيبة — التوجه %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Referred by:</source>
        <translation>الجهة المحوِّلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>ال&amp;طفل/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind of risk:</source>
        <translation>&amp;نوع الخطر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;درجة الاستعجال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The family file has no children: a report to the forum is about a child of the file. Add the child to the file first.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: البلاغ إلى المنتدى يتعلق بطفل من الملف. يجب إضافة الطفل إلى الملف أولًا.</translation>
    </message>
</context>
<context>
    <name>Foster</name>
    <message>
        <location filename="../../desktop/foster/common.py" line="+47"/>
        <source>committee decision missing</source>
        <translation>ينقص قرار اللجنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emergency foster care</source>
        <translation>رعاية بديلة طارئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short-term foster care</source>
        <translation>رعاية بديلة قصيرة الأمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long-term foster care</source>
        <translation>رعاية بديلة طويلة الأمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kinship foster care</source>
        <translation>رعاية بديلة لدى الأقارب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent to the service</source>
        <translation>أُرسل إلى الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in assessment by the service</source>
        <translation>قيد التقييم لدى الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family proposed</source>
        <translation>اقتُرحت عائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched</source>
        <translation>تمت المواءمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>تم الإيداع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>returned home</source>
        <translation>عاد/ت إلى البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adoption</source>
        <translation>التبنّي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to another placement</source>
        <translation>انتقل/ت إلى إطار إيداع آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>came of age</source>
        <translation>بلغ/ت سن الرشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+20"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>no suitable family found</source>
        <translation>لم يُعثر على عائلة مناسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster care does not suit the child</source>
        <translation>الرعاية البديلة لا تناسب الطفل/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parents object</source>
        <translation>الوالدان يعارضان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>committee protocol</source>
        <translation>محضر اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medical document</source>
        <translation>مستند طبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school report</source>
        <translation>تقرير من المدرسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court document</source>
        <translation>مستند من المحكمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other document</source>
        <translation>مستند آخر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>visit with the parents</source>
        <translation>زيارة مع الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker&apos;s visit</source>
        <translation>زيارة العامل/ة الاجتماعي/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open (not ended or rejected)</source>
        <translation>مفتوح (لم ينتهِ ولم يُرفض)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../desktop/foster/referral_view.py" line="-233"/>
        <source>current step</source>
        <translation>المرحلة الحالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reached</source>
        <translation>لم يتم الوصول إليها</translation>
    </message>
    <message>
        <location line="+386"/>
        <source>The referral was made without a committee decision. A task was made for you: bring it to the committee by %1.</source>
        <translation>أُنشئ التحويل دون قرار من اللجنة. أُنشئت لك مهمة: عرضه على اللجنة حتى %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency referral</source>
        <translation>تحويل طارئ</translation>
    </message>
</context>
<context>
    <name>FosterDecisionDialog</name>
    <message>
        <location filename="../../desktop/foster/dialogs.py" line="+379"/>
        <source>Attach the committee decision — %1</source>
        <translation>إرفاق قرار اللجنة — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The committee has not decided on an out-of-home placement of this child yet (a final protocol). Record its hearing first.</source>
        <translation>لم تقرِّر اللجنة بعد إخراج هذا الطفل إلى إطار خارج البيت (في محضر نهائي). يجب تسجيل النقاش في اللجنة أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committee &amp;decision:</source>
        <translation>&amp;قرار اللجنة:</translation>
    </message>
</context>
<context>
    <name>FosterDocumentDialog</name>
    <message>
        <location line="+26"/>
        <source>Attach a document — %1</source>
        <translation>إرفاق مستند — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a PDF document</source>
        <translation>اختيار مستند PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FosterMoveDialog</name>
    <message>
        <location line="-191"/>
        <source>Move the referral — %1</source>
        <translation>نقل التحويل إلى مرحلة أخرى — %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A move back along the pipeline needs a reason.</source>
        <translation>الرجوع إلى مرحلة سابقة يتطلب ذكر سبب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;to:</source>
        <translation>ال&amp;نقل إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>&amp;On:</source>
        <translation>ب&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Foster &amp;family&apos;s code:</source>
        <translation>&amp;رمز العائلة الحاضنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locality:</source>
        <translation>ال&amp;بلدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it ended:</source>
        <translation>سبب الا&amp;نتهاء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the service re&amp;jected it:</source>
        <translation>سبب &amp;رفض الخدمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Now: %1 since %2.</source>
        <translation>الوضع الحالي: %1 منذ %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (back)</source>
        <translation>%1 (رجوع)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Reason (required):</source>
        <translation>ال&amp;سبب (إلزامي):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed &amp;on:</source>
        <translation>&amp;تاريخ الإيداع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended &amp;on:</source>
        <translation>&amp;تاريخ الانتهاء:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move the referral of %1 to &quot;%2&quot;? It cannot be moved again afterwards.</source>
        <translation>نقل تحويل %1 إلى «%2»؟ لن يكون بالإمكان نقله مرة أخرى بعد ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that %1 was placed with foster family %2 on %3? The committee&apos;s placement is recorded too, and the annual review set.</source>
        <translation>تسجيل إيداع %1 لدى العائلة الحاضنة %2 بتاريخ %3؟ يُسجَّل الإيداع في ملف اللجنة أيضًا، ويُحدَّد موعد المراجعة السنوية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
</context>
<context>
    <name>FosterPrint</name>
    <message>
        <location filename="../../desktop/foster/printing.py" line="+109"/>
        <source>Foster referral with its attachments — %1</source>
        <translation>التحويل إلى الرعاية البديلة مع مرفقاته — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Placement summary — %1</source>
        <translation>ملخص الإيداع — %1</translation>
    </message>
</context>
<context>
    <name>FosterReferralDialog</name>
    <message>
        <location filename="../../desktop/foster/dialogs.py" line="-272"/>
        <source>Foster referral — %1</source>
        <translation>تحويل إلى الرعاية البديلة — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New foster referral</source>
        <translation>تحويل جديد إلى الرعاية البديلة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. the district&apos;s foster-care service</source>
        <translation>مثلًا: خدمة العائلات الحاضنة في اللواء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hild:</source>
        <translation>ال&amp;طفل/ة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee &amp;decision:</source>
        <translation>&amp;قرار اللجنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emergency reason:</source>
        <translation>سبب ال&amp;طوارئ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster-care &amp;service:</source>
        <translation>&amp;خدمة العائلات الحاضنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why foster care, the child&apos;s needs:</source>
        <translation>&amp;سبب الرعاية البديلة واحتياجات الطفل/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact with the parents:</source>
        <translation>ال&amp;تواصل مع الوالدين:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The family file has no children: add the child to the file first.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: يجب إضافة الطفل إلى الملف أولًا.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No final out-of-home decision of the committee for this child</source>
        <translation>لا يوجد قرار نهائي من اللجنة بإخراج هذا الطفل إلى إطار خارج البيت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency, committee to follow</source>
        <translation>حالة طارئة، تُعرض على اللجنة لاحقًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A referral carries out a final committee decision for an out-of-home placement of the child. In an emergency, the youth-law worker, the team head or the manager makes it before the committee decides.</source>
        <translation>ينفّذ التحويل قرارًا نهائيًا للجنة بإخراج الطفل إلى إطار خارج البيت. في حالة الطوارئ، يُعدّه العامل/ة الاجتماعي/ة لقانون الشبيبة أو رئيس/ة الطاقم أو مدير/ة القسم قبل أن تقرِّر اللجنة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Without a committee decision: the committee must decide by %1. A task to bring the referral to the committee is made for you.</source>
        <translation>دون قرار من اللجنة: يجب أن تقرِّر اللجنة حتى %1. تُنشأ لك مهمة لعرض التحويل على اللجنة.</translation>
    </message>
</context>
<context>
    <name>FosterReferralView</name>
    <message>
        <location filename="../../desktop/foster/referral_view.py" line="-353"/>
        <source>Foster referral</source>
        <translation>تحويل إلى الرعاية البديلة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The referral</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foster-care service:</source>
        <translation>خدمة العائلات الحاضنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker:</source>
        <translation>العامل/ة الاجتماعي/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee decision:</source>
        <translation>قرار اللجنة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why foster care:</source>
        <translation>سبب الرعاية البديلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with the parents:</source>
        <translation>التواصل مع الوالدين:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placement</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster family&apos;s code:</source>
        <translation>رمز العائلة الحاضنة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality:</source>
        <translation>البلدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed on:</source>
        <translation>تاريخ الإيداع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual review:</source>
        <translation>المراجعة السنوية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended:</source>
        <translation>الانتهاء:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Move to…</source>
        <translation>&amp;نقل إلى…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach &amp;decision…</source>
        <translation>إرفاق &amp;قرار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;تحرير التفاصيل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print the referral</source>
        <translation>&amp;طباعة التحويل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement &amp;summary</source>
        <translation>&amp;ملخص الإيداع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;family file</source>
        <translation>فتح ملف ال&amp;عائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referral form, the committee&apos;s protocol and the attached documents as one PDF (Ctrl+P)</source>
        <translation>نموذج التحويل ومحضر اللجنة والمستندات المرفقة في ملف PDF واحد (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved by</source>
        <translation>نقله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>History</source>
        <translation>سجل المراحل</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+22"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>أضافه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No documents attached. The committee&apos;s protocol is added to the printed referral by itself.</source>
        <translation>لا توجد مستندات مرفقة. يُضاف محضر اللجنة إلى التحويل المطبوع تلقائيًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Add document…</source>
        <translation>إ&amp;ضافة مستند…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open document</source>
        <translation>&amp;فتح المستند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove document…</source>
        <translation>إ&amp;زالة المستند…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With whom</source>
        <translation>مع مَن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>سجّلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visits recorded.</source>
        <translation>لا توجد زيارات مسجَّلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Record a &amp;visit…</source>
        <translation>تسجيل &amp;زيارة…</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>, %n year(s)</source>
        <translation>
            <numerusform>، أقل من سنة</numerusform>
            <numerusform>، سنة واحدة</numerusform>
            <numerusform>، سنتان</numerusform>
            <numerusform>، %n سنوات</numerusform>
            <numerusform>، %n سنة</numerusform>
            <numerusform>، %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster referral — %1</source>
        <translation>تحويل إلى الرعاية البديلة — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster referral: %1%2 · file %3 · %4</source>
        <translation>تحويل إلى الرعاية البديلة: %1%2 · ملف %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Committee decision missing: the committee must decide by %1.</source>
        <translation>ينقص قرار اللجنة: يجب أن تقرِّر اللجنة حتى %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 since %2</source>
        <translation>%1 منذ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None yet (emergency): %1</source>
        <translation>لا يوجد بعد (طوارئ): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Documents (%1)</source>
        <translation>المستندات (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits (%1)</source>
        <translation>الزيارات (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Visits are recorded once the child is placed (Ctrl+Shift+V)</source>
        <translation>تُسجَّل الزيارات بعد إيداع الطفل (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Remove the document &quot;%1&quot; from the referral?</source>
        <translation>إزالة المستند «%1» من التحويل؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove document</source>
        <translation>إزالة المستند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>FosterReferralsPage</name>
    <message>
        <location filename="../../desktop/foster/page.py" line="+82"/>
        <location line="+60"/>
        <source>Foster-care referrals</source>
        <translation>التحويلات إلى الرعاية البديلة</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File number or child&apos;s name</source>
        <translation>رقم الملف أو اسم الطفل/ة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searc&amp;h:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open the referral</source>
        <translation>&amp;فتح التحويل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected referral (Enter, Ctrl+O)</source>
        <translation>فتح التحويل المحدَّد (Enter، Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;family file</source>
        <translation>فتح ملف ال&amp;عائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In status</source>
        <translation>المدة في الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foster-care service</source>
        <translation>خدمة العائلات الحاضنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worker</source>
        <translation>العامل/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual review</source>
        <translation>المراجعة السنوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No foster-care referrals match. A referral is made from a committee decision below, or from the family file&apos;s Foster care tab.</source>
        <translation>لا توجد تحويلات إلى الرعاية البديلة مطابقة. يُنشأ التحويل من قرار لجنة أدناه، أو من تبويب «الرعاية البديلة» في ملف العائلة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Committee decisions awaiting a referral</source>
        <translation>قرارات لجنة بانتظار تحويل</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Heard on</source>
        <translation>تاريخ النقاش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every out-of-home decision of the committee has its referral.</source>
        <translation>لكل قرار للجنة بالإخراج إلى إطار خارج البيت تحويلٌ خاص به.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create referral…</source>
        <translation>&amp;إنشاء تحويل…</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An emergency referral: the committee has not decided yet</source>
        <translation>تحويل طارئ: لم تتخذ اللجنة قرارًا بعد</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No referrals yet.</source>
        <translation>لا توجد تحويلات بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 of %2</source>
        <translation>أول %1 من أصل %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n تحويل</numerusform>
            <numerusform>تحويل واحد</numerusform>
            <numerusform>تحويلان</numerusform>
            <numerusform>%n تحويلات</numerusform>
            <numerusform>%n تحويلًا</numerusform>
            <numerusform>%n تحويل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Committee decisions awaiting a referral (%1)</source>
        <translation>قرارات لجنة بانتظار تحويل (%1)</translation>
    </message>
</context>
<context>
    <name>FosterTab</name>
    <message>
        <location filename="../../desktop/foster/file_tab.py" line="+60"/>
        <source>New &amp;foster referral…</source>
        <translation>تحويل &amp;جديد إلى الرعاية البديلة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to…</source>
        <translation>&amp;نقل إلى…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the referral</source>
        <translation>&amp;فتح التحويل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its pipeline, documents, visits and printing (Enter)</source>
        <translation>مراحله ومستنداته وزياراته وطباعته (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the re&amp;ferral</source>
        <translation>طباعة ال&amp;تحويل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referral form, the committee&apos;s protocol and the attached documents as one PDF</source>
        <translation>نموذج التحويل ومحضر اللجنة والمستندات المرفقة في ملف PDF واحد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster-care service</source>
        <translation>خدمة العائلات الحاضنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Committee decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placement</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual review</source>
        <translation>المراجعة السنوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No foster-care referral for the family&apos;s children.</source>
        <translation>لا توجد تحويلات إلى الرعاية البديلة لأطفال العائلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster-care referrals</source>
        <translation>التحويلات إلى الرعاية البديلة</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>due %1</source>
        <translation>موعد الاستحقاق: %1</translation>
    </message>
</context>
<context>
    <name>FosterVisitDialog</name>
    <message>
        <location filename="../../desktop/foster/dialogs.py" line="+254"/>
        <source>Record a visit — %1</source>
        <translation>تسجيل زيارة — %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Day:</source>
        <translation>ال&amp;يوم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;With whom:</source>
        <translation>&amp;مع من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+97"/>
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
    <name>IncomeTablesView</name>
    <message>
        <location filename="../../desktop/daycare/income_tables.py" line="+94"/>
        <source>Day-care income levels</source>
        <translation>مستويات الدخل للحضانات النهارية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parents&apos; share is found from the household&apos;s income per person (a month) in the version in force on 1 September of the school year (or on the day the case is prepared, if later).</source>
        <translation>تُحدَّد حصة الأهل وفق دخل الأسرة للفرد (شهريًا) بحسب نسخة الجدول السارية في 1 أيلول من السنة الدراسية (أو في يوم إعداد الحالة، إن كان لاحقًا).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In force from</source>
        <translation>ساري المفعول من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Levels</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>مُستخدَمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No income table yet: make the first version.</source>
        <translation>لا يوجد جدول دخل بعد: يرجى إنشاء النسخة الأولى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions of the income table</source>
        <translation>نسخ جدول الدخل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w version…</source>
        <translation>نسخة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the ministry&apos;s update of January</source>
        <translation>مثلًا: تحديث الوزارة في كانون الثاني</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Income levels</source>
        <translation>مستويات الدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From (₪ per person)</source>
        <translation>من (₪ للفرد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (₪ per person; empty: and more)</source>
        <translation>حتى (₪ للفرد؛ فارغ: فما فوق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents&apos; share (₪ a month)</source>
        <translation>حصة الأهل (₪ شهريًا)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a le&amp;vel</source>
        <translation>إضافة م&amp;ستوى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the last level</source>
        <translation>إ&amp;زالة المستوى الأخير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save the version</source>
        <translation>&amp;حفظ النسخة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo the changes</source>
        <translation>ال&amp;تراجع عن التغييرات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In force fro&amp;m:</source>
        <translation>ساري المفعول م&amp;ن:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ote:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (in force)</source>
        <translation>%1 (سارية المفعول)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A new version, not saved yet: it comes into force on the date above.</source>
        <translation>نسخة جديدة لم تُحفظ بعد: تسري ابتداءً من التاريخ أعلاه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version was used to compute the parents&apos; share of a day-care case: it can no longer be changed. To change the levels, make a new version from a date.</source>
        <translation>استُخدمت هذه النسخة لحساب حصة الأهل في حالة حضانة نهارية: لم يعد بالإمكان تغييرها. لتغيير المستويات، يرجى إنشاء نسخة جديدة تسري من تاريخ معيّن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The department&apos;s manager keeps this table.</source>
        <translation>يتولى مدير/ة القسم إدارة هذا الجدول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case has used this version yet: it can still be corrected.</source>
        <translation>لم تُستخدم هذه النسخة في أي حالة بعد: لا يزال بالإمكان تصحيحها.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1, %2: &quot;%3&quot; is not an amount in shekels (for example 2,500.00).</source>
        <translation>المستوى %1، %2: &quot;%3&quot; ليس مبلغًا بالشيكل (مثلًا 2,500.00).</translation>
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
        <location line="+99"/>
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
    <name>Invitations</name>
    <message>
        <location filename="../../desktop/committees/invitations.py" line="+241"/>
        <source>Invitations — meeting of %1</source>
        <translation>الدعوات — الجلسة بتاريخ %1</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location line="-174"/>
        <source>Invitations — meeting of %1</source>
        <translation>الدعوات — الجلسة بتاريخ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each letter is printed in its addressee&apos;s language. The date sent is recorded once the letters are printed or saved.</source>
        <translation>تُطبع كل رسالة بلغة المرسَل إليه/ا. يُسجَّل تاريخ الإرسال بعد طباعة الرسائل أو حفظها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants to invite</source>
        <translation>المشاركون/ات المراد دعوتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>طريقة الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited on</source>
        <translation>تاريخ الدعوة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Participants:</source>
        <translation>ال&amp;مشاركون/ات:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;none</source>
        <translation>&amp;إلغاء تحديد الكل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing the letters…</source>
        <translation>جارٍ إعداد الرسائل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view the letters…</source>
        <translation>م&amp;عاينة الرسائل…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>لا توجد رسائل</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parents concerned: %1.</source>
        <translation>أولياء الأمور المعنيون: %1.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../desktop/clubs/leave_dialog.py" line="+28"/>
        <source>Leaving the club — %1</source>
        <translation>مغادرة النادي — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the club since %1.</source>
        <translation>في النادي منذ %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leaves on:</source>
        <translation>&amp;تاريخ المغادرة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that %1 leaves %2 on %3? The seat is free from that day.</source>
        <translation>تسجيل مغادرة %1 من %2 بتاريخ %3؟ يصبح المكان شاغرًا ابتداءً من ذلك اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the leaving</source>
        <translation>تسجيل المغادرة</translation>
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
        <location filename="../../desktop/features.py" line="+147"/>
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
        <source>Committees</source>
        <translation>لجنة خطط العلاج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committee follow-up</source>
        <translation>متابعة اللجنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clubs</source>
        <translation>النوادي العلاجية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Therapy centre</source>
        <translation>مركز العلاج</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Foster care</source>
        <translation>الرعاية البديلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Youth-law forum</source>
        <translation>منتدى قانون الشبيبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day-care</source>
        <translation>الحضانات النهارية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day-care income levels</source>
        <translation>مستويات دخل الحضانات</translation>
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
        <location line="+8"/>
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
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/committees/meeting_dialog.py" line="-121"/>
        <source>New committee meeting</source>
        <translation>جلسة لجنة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting of %1</source>
        <translation>الجلسة بتاريخ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. the department&apos;s meeting room, 2nd floor</source>
        <translation>مثلًا: غرفة الاجتماعات في القسم، الطابق 2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seen by all staff: no details of families or children here</source>
        <translation>يراه جميع الطاقم: دون تفاصيل عن العائلات أو الأطفال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>ال&amp;مستوى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>&amp;رئيس/ة اللجنة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;oordinator:</source>
        <translation>مركّز/ة ال&amp;لجنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;الملاحظات:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No team head or manager can chair the committee: ask the administrator.</source>
        <translation>لا يوجد رئيس/ة طاقم أو مدير/ة يمكنه/ا رئاسة اللجنة: يرجى التوجه إلى مسؤول النظام.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting date %1 has already passed: please choose today or a later date.</source>
        <translation>تاريخ الجلسة %1 قد مضى: يرجى اختيار تاريخ اليوم أو تاريخ لاحق.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../desktop/committees/meeting_view.py" line="+73"/>
        <source>&amp;Back to the meetings</source>
        <translation>ال&amp;رجوع إلى الجلسات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;تحرير التفاصيل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the &amp;meeting…</source>
        <translation>إلغاء ال&amp;جلسة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitations…</source>
        <translation>ال&amp;دعوات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>مقدّم/ة الطلب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited / confirmed</source>
        <translation>الدعوات / التأكيدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases on the agenda yet</source>
        <translation>لا توجد نقاشات في جدول الأعمال بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Add case…</source>
        <translation>إ&amp;ضافة نقاش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit case…</source>
        <translation>تحرير ال&amp;نقاش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove case</source>
        <translation>إ&amp;زالة النقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>نقل إلى ال&amp;أعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;tocol…</source>
        <translation>ال&amp;محضر…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>طريقة الدعوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited on</source>
        <translation>تاريخ الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>أكّد الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No participants yet: add the family first</source>
        <translation>لا يوجد مشاركون بعد: يرجى إضافة العائلة أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+140"/>
        <source>Participants</source>
        <translation>المشاركون/ات</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Add &amp;participant…</source>
        <translation>إضافة م&amp;شارك/ة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the &amp;family…</source>
        <translation>إضافة ال&amp;عائلة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit parti&amp;cipant…</source>
        <translation>تحرير &amp;بيانات المشارك/ة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove participa&amp;nt</source>
        <translation>إزالة مشار&amp;ك/ة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onfirmed</source>
        <translation>ال&amp;حضور مؤكَّد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The participant confirmed they will come</source>
        <translation>أكّد/ت المشارك/ة الحضور</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Meeting of %1</source>
        <translation>الجلسة بتاريخ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 at %3</source>
        <translation>%1، %2 الساعة %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chair: %1</source>
        <translation>رئيس/ة اللجنة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator: %1</source>
        <translation>مركّز/ة اللجنة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: %1</source>
        <translation>أُلغيت: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 invited, %2 confirmed, of %3 participants</source>
        <translation>من أصل %3 مشاركين: دُعي %1، وأكّد الحضور %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Participants — %1</source>
        <translation>المشاركون/ات — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The protocol screen is not available in this version.</source>
        <translation>شاشة المحضر غير متوفرة في هذه النسخة.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove case</source>
        <translation>إزالة النقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1&apos;s case from the agenda, with its participants?</source>
        <translation>إزالة نقاش %1 من جدول الأعمال مع المشاركين فيه؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove participant</source>
        <translation>إزالة مشارك/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the participants of %2&apos;s case?</source>
        <translation>إزالة %1 من المشاركين في نقاش %2؟</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../desktop/committees/meetings.py" line="+58"/>
        <location line="+51"/>
        <source>Committee meetings</source>
        <translation>جلسات اللجنة</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;New meeting…</source>
        <translation>جلسة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected meeting (Enter)</source>
        <translation>فتح الجلسة المحدَّدة (Enter)</translation>
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
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;من تاريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings from</source>
        <translation>الجلسات من تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;حتى تاريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings until</source>
        <translation>الجلسات حتى تاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;cancelled</source>
        <translation>تضمين الجلسات الم&amp;لغاة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chair</source>
        <translation>رئيس/ة اللجنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>النقاشات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final protocols</source>
        <translation>المحاضر النهائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings in these dates</source>
        <translation>لا توجد جلسات في هذه الفترة</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n جلسة</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
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
        <location line="+561"/>
        <location line="+1"/>
        <source>team</source>
        <translation>الطاقم</translation>
    </message>
    <message>
        <location line="-587"/>
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
        <location line="+569"/>
        <location line="+1"/>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="-569"/>
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
        <location line="+545"/>
        <location line="+56"/>
        <location filename="../../desktop/messages.py" line="+95"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="-618"/>
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
        <location line="+177"/>
        <source>due date</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="-176"/>
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
        <location line="+50"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="-48"/>
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
        <location line="+34"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+97"/>
        <location line="+440"/>
        <source>club request</source>
        <translation>طلب النادي</translation>
    </message>
    <message>
        <location line="-536"/>
        <source>members</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place of the meeting</source>
        <translation>مكان الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the meeting</source>
        <translation>تاريخ الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of the meeting</source>
        <translation>وقت الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level of the committee</source>
        <translation>مستوى اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>رئيس/ة اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>مركّز/ة اللجنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the professional who asked for the hearing</source>
        <translation>اسم مقدّم/ة طلب النقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role of the professional who asked for the hearing</source>
        <translation>وظيفة مقدّم/ة طلب النقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of participant</source>
        <translation>نوع المشارك/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invitation method</source>
        <translation>طريقة الدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invitation date</source>
        <translation>تاريخ الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next review date</source>
        <translation>موعد المراجعة القادمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of decision</source>
        <translation>نوع القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>item of the plan</source>
        <translation>بند الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title of the task</source>
        <translation>عنوان المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person responsible</source>
        <translation>المسؤول/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>protocol</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right to a district hearing</source>
        <translation>الحق في طلب نقاش في اللجنة اللوائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professionals&apos; views</source>
        <translation>آراء المهنيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parents&apos; position</source>
        <translation>موقف الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>child&apos;s position</source>
        <translation>موقف الطفل/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary of the discussion</source>
        <translation>ملخص النقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissent</source>
        <translation>الرأي المخالف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent&apos;s reservation</source>
        <translation>تحفّظ أحد الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement setting</source>
        <translation>إطار الإيداع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+15"/>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>household&apos;s total monthly income</source>
        <translation>إجمالي الدخل الشهري للأسرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household size</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income levels</source>
        <translation>مستويات الدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income table</source>
        <translation>جدول الدخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the version is in force from</source>
        <translation>تاريخ سريان النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground</source>
        <translation>سبب الخطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social worker&apos;s opinion</source>
        <translation>رأي العامل/ة الاجتماعي/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source of the medical information</source>
        <translation>مصدر المعلومات الطبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialist who confirmed the delay</source>
        <translation>الأخصائي/ة الذي أكّد التأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specialist&apos;s name</source>
        <translation>اسم الأخصائي/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the specialist&apos;s confirmation</source>
        <translation>تاريخ تأكيد الأخصائي/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>committee&apos;s date</source>
        <translation>تاريخ اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee&apos;s reference</source>
        <translation>الرقم المرجعي للجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-care centre</source>
        <translation>الحضانة النهارية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youngest age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest age</source>
        <translation>الحد الأقصى للعمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>ساعات النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guide&apos;s name</source>
        <translation>اسم المرشدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>house mother&apos;s name</source>
        <translation>اسم أم البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervising social worker</source>
        <translation>العامل(ة) الاجتماعي(ة) المشرف(ة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly fee</source>
        <translation>الرسوم الشهرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transport routes</source>
        <translation>خطوط النقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of the route</source>
        <translation>اسم الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stops</source>
        <translation>المحطات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver</source>
        <translation>السائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned end</source>
        <translation>تاريخ الانتهاء المخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dietary needs</source>
        <translation>الاحتياجات الغذائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allergies</source>
        <translation>الحساسيات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transport route</source>
        <translation>خط النقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop-off address</source>
        <translation>عنوان التوصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the parents&apos; consent</source>
        <translation>تاريخ موافقة الأهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of a person allowed to collect the child</source>
        <translation>اسم الشخص المخوَّل باستلام الطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation of a person allowed to collect the child</source>
        <translation>صلة قرابة الشخص المخوَّل باستلام الطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone of a person allowed to collect the child</source>
        <translation>هاتف الشخص المخوَّل باستلام الطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number of a person allowed to collect the child</source>
        <translation>رقم هوية الشخص المخوَّل باستلام الطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for enrolling outside the age range</source>
        <translation>سبب التسجيل خارج النطاق العمري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaving date</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on the leaving</source>
        <translation>ملاحظة حول المغادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for leaving</source>
        <translation>سبب المغادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for pinning</source>
        <translation>سبب التثبيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pinned rank</source>
        <translation>الترتيب المثبَّت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kindergarten or school</source>
        <translation>الروضة أو المدرسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact at the kindergarten or school</source>
        <translation>جهة الاتصال في الروضة أو المدرسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent&apos;s name</source>
        <translation>اسم أحد الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred club</source>
        <translation>النادي المفضَّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>way the request came (family worker, intake, school)</source>
        <translation>مصدر الطلب (العامل(ة) الاجتماعي(ة) للعائلة، الاستقبال، المدرسة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first month</source>
        <translation>الشهر الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last month</source>
        <translation>الشهر الأخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment date</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt number</source>
        <translation>رقم الإيصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>school year</source>
        <translation>السنة الدراسية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is referred</source>
        <translation>الشخص المحوَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of therapy</source>
        <translation>نوع العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral date</source>
        <translation>تاريخ التحويل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>therapist</source>
        <translation>المعالج/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of sessions held</source>
        <translation>عدد الجلسات التي عُقدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on the ending</source>
        <translation>ملاحظة حول الإنهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emergency reason</source>
        <translation>سبب الطوارئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family&apos;s code</source>
        <translation>رمز العائلة الحاضنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foster family&apos;s locality</source>
        <translation>بلدة العائلة الحاضنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for ending</source>
        <translation>سبب الإنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for the rejection</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document file</source>
        <translation>ملف المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the visit</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with whom</source>
        <translation>مع من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact arrangements</source>
        <translation>ترتيبات التواصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of the report</source>
        <translation>تاريخ البلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who reported</source>
        <translation>المُبلِّغ/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporter&apos;s name</source>
        <translation>اسم المبلِّغ/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporter&apos;s phone</source>
        <translation>هاتف المبلِّغ/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervention</source>
        <translation>التدخل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attendees</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>البلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forum meeting</source>
        <translation>جلسة المنتدى</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
        <source>The protocol is empty: please write at least one of its sections before finalising it.</source>
        <translation>المحضر فارغ: يرجى كتابة قسم واحد على الأقل من أقسامه قبل اعتماده نهائيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol has no decision: please add the committee&apos;s decision before finalising it.</source>
        <translation>لا يتضمن المحضر أي قرار: يرجى إضافة قرار اللجنة قبل اعتماده نهائيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {position} has nobody responsible: please choose who carries it out.</source>
        <translation>لم يُحدَّد مسؤول/ة عن المهمة {position}: يرجى اختيار من سيقوم بتنفيذها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not adopted by a majority: more votes for than against are needed to finalise the protocol.</source>
        <translation>لم تُقَرّ الخطة بالأغلبية: لاعتماد المحضر نهائيًا يجب أن تكون الأصوات المؤيدة أكثر من الأصوات المعارضة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please record that the parents and the child were told they may ask for a hearing at the district committee.</source>
        <translation>يرجى تسجيل أن الوالدين والطفل/ة أُبلغوا بأنه يحق لهم طلب نقاش في اللجنة اللوائية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child placed out of home is reviewed within {months} months: please choose an earlier next review date.</source>
        <translation>عند إخراج الطفل إلى إطار خارج البيت تُجرى المراجعة خلال {months} شهرًا: يرجى اختيار موعد أقرب للمراجعة القادمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has not taken place yet: its protocol can be finalised from the day of the meeting.</source>
        <translation>لم تنعقد الجلسة بعد: يمكن اعتماد محضرها نهائيًا ابتداءً من يوم الجلسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting was cancelled: its protocols cannot be changed or finalised.</source>
        <translation>أُلغيت الجلسة: لا يمكن تغيير محاضرها أو اعتمادها نهائيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol is final and can no longer be changed; add an addendum instead.</source>
        <translation>المحضر نهائي ولم يعد بالإمكان تغييره؛ أضف ملحقًا للمحضر بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An addendum can be added only to a final protocol; change the draft itself instead.</source>
        <translation>لا يمكن إضافة ملحق إلا إلى محضر نهائي؛ عدّل المسودة نفسها بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child already has an open placement: end it first, then record the new one.</source>
        <translation>للطفل/ة إيداع مفتوح من قبل: يرجى إنهاؤه أولًا، ثم تسجيل الإيداع الجديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The placement has already ended.</source>
        <translation>انتهى الإيداع من قبل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The placement cannot end before it started.</source>
        <translation>لا يمكن أن ينتهي الإيداع قبل تاريخ بدئه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting is no longer planned (it was held or cancelled): it can no longer be changed.</source>
        <translation>لم تعد الجلسة مخططًا لها (انعقدت أو أُلغيت): لم يعد بالإمكان تغييرها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair must be an active team head or the department manager.</source>
        <translation>يجب أن يكون رئيس/ة اللجنة رئيس/ة طاقم بحساب فعّال أو مدير/ة القسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting&apos;s chair cannot see this family file: choose another chair, or bring the case to another meeting.</source>
        <translation>لا يستطيع رئيس/ة اللجنة في هذه الجلسة رؤية ملف العائلة هذا: يرجى اختيار رئيس/ة آخر/ى، أو إدراج النقاش في جلسة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not a child of the family file.</source>
        <translation>هذا الشخص ليس ابنًا/ابنة في ملف العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This child&apos;s case is already on the meeting&apos;s agenda.</source>
        <translation>النقاش الخاص بهذا الطفل/ة مدرج من قبل في جدول أعمال الجلسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parents would have only {days} days&apos; notice: they must be invited at least 14 days ahead, unless the hearing is urgent.</source>
        <translation>المدة بين الدعوة والجلسة قصيرة جدًا (عدد الأيام: {days}): يجب دعوة الوالدين قبل 14 يومًا على الأقل، إلا إذا كان النقاش عاجلًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give a way to reach the participant: a phone number, an e-mail address or a postal address.</source>
        <translation>يرجى إدخال وسيلة للتواصل مع المشارك/ة: رقم هاتف أو عنوان بريد إلكتروني أو عنوان بريدي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case already has a protocol: it can no longer be taken off the agenda.</source>
        <translation>للنقاش محضر من قبل: لم يعد بالإمكان إزالته من جدول الأعمال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{months} months on {on}: day-care is for toddlers under 36 months on 1 September of the school year. Nothing was saved.</source>
        <translation>العمر بالأشهر في {on}: {months}؛ الحضانات النهارية مخصَّصة للأطفال الصغار دون سن 36 شهرًا في 1 أيلول من السنة الدراسية. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child&apos;s birth date is not recorded, and day-care depends on the age on 1 September: add the birth date to the child&apos;s details first.</source>
        <translation>تاريخ ميلاد الطفل غير مسجَّل، والحضانة النهارية تتوقف على العمر في 1 أيلول: يرجى إضافة تاريخ الميلاد إلى تفاصيل الطفل أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For abuse or neglect, the social worker&apos;s opinion goes with written medical information: mark it attached and say who wrote it.</source>
        <translation>في حالة الإساءة أو الإهمال، تُرفق برأي العامل/ة الاجتماعي/ة معلومات طبية مكتوبة: يرجى تعليم أنها مرفقة وذكر الجهة التي كتبتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A developmental delay must be confirmed by a paediatrician or a developmental psychologist: say who confirmed it, their name and the date.</source>
        <translation>يجب تأكيد التأخر النمائي من قِبل طبيب/ة أطفال أو أخصائي/ة نفسي/ة تطوّري/ة: يرجى ذكر من أكّده واسمه والتاريخ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose the treatment-plan committee&apos;s protocol that decided the day-care (a final protocol of this child).</source>
        <translation>يرجى اختيار محضر لجنة خطط العلاج الذي تقرّرت فيه الحضانة النهارية (محضر نهائي خاص بهذا الطفل).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the toddlers-at-risk committee&apos;s reference and the date it decided.</source>
        <translation>يرجى إدخال الرقم المرجعي للجنة الأطفال الصغار في خطر وتاريخ قرارها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} cannot be negative.</source>
        <translation>لا يمكن أن تكون قيمة الحقل &quot;{field}&quot; سالبة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} has a negative amount: the amounts of the income table cannot be negative.</source>
        <translation>في المستوى {level} مبلغ سالب: لا يمكن أن تكون مبالغ جدول الدخل سالبة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too large (at most 1,000,000 ₪ a month).</source>
        <translation>قيمة الحقل &quot;{field}&quot; كبيرة جدًا (حتى 1,000,000 ₪ شهريًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} has an amount that is too large (at most 1,000,000 ₪).</source>
        <translation>في المستوى {level} مبلغ كبير جدًا (حتى 1,000,000 ₪).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An income table has at most {maximum} levels.</source>
        <translation>الحد الأقصى لعدد المستويات في جدول الدخل: {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The household counts at least one person (and at most 30).</source>
        <translation>تضم الأسرة شخصًا واحدًا على الأقل (و30 شخصًا على الأكثر).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child already has a day-care case for this school year: open that case instead of making another.</source>
        <translation>للطفل حالة حضانة نهارية في هذه السنة الدراسية من قبل: يرجى فتح تلك الحالة بدلًا من إنشاء حالة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No income table is in force on {on}, so the parents&apos; share cannot be computed: the department&apos;s manager enters the income levels first.</source>
        <translation>لا يوجد جدول دخل ساري المفعول في {on}، لذلك لا يمكن حساب حصة الأهل: يجب أن يُدخل مدير/ة القسم مستويات الدخل أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The income table in force from {table} has no level for this income per person: the department&apos;s manager must correct the table.</source>
        <translation>لا يتضمن جدول الدخل الساري من {table} مستوى لهذا الدخل للفرد: يجب أن يصحّح مدير/ة القسم الجدول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a version of the income table from {on}: choose another date, or change that version.</source>
        <translation>توجد من قبل نسخة من جدول الدخل تسري من {on}: يرجى اختيار تاريخ آخر، أو تعديل تلك النسخة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of {on} was used to compute the parents&apos; share of a day-care case: it can no longer be changed. Make a new version from a date instead.</source>
        <translation>استُخدمت نسخة {on} لحساب حصة الأهل في حالة حضانة نهارية: لم يعد بالإمكان تغييرها. يرجى إنشاء نسخة جديدة تسري من تاريخ معيّن بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} starts before the level before it ends: the brackets overlap. Each level starts where the one before it ends.</source>
        <translation>يبدأ المستوى {level} قبل أن ينتهي المستوى الذي قبله: الشرائح متداخلة. يبدأ كل مستوى حيث ينتهي المستوى الذي قبله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} starts after the level before it ends: there is a gap between the brackets. Each level starts where the one before it ends.</source>
        <translation>يبدأ المستوى {level} بعد انتهاء المستوى الذي قبله: توجد فجوة بين الشرائح. يبدأ كل مستوى حيث ينتهي المستوى الذي قبله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first level starts at 0 ₪: every income per person must have a level.</source>
        <translation>يبدأ المستوى الأول من 0 ₪: يجب أن يكون لكل دخل للفرد مستوى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last level (level {level}) stays open-ended: leave its &quot;to&quot; empty.</source>
        <translation>يبقى المستوى الأخير (المستوى {level}) مفتوحًا: يرجى ترك خانة «حتى» فارغة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} ends where it starts, or before: its &quot;to&quot; must be more than its &quot;from&quot;.</source>
        <translation>ينتهي المستوى {level} حيث يبدأ أو قبل ذلك: يجب أن تكون قيمة «حتى» أكبر من قيمة «من».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The income table needs at least one level.</source>
        <translation>يجب أن يتضمن جدول الدخل مستوى واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The levels are numbered 1, 2, 3… in order, without a gap.</source>
        <translation>تُرقَّم المستويات 1، 2، 3… بالترتيب، دون فجوات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is no longer a draft (it was approved): it can no longer be changed.</source>
        <translation>لم تعد الحالة مسودة (تمت الموافقة عليها): لم يعد بالإمكان تغييرها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case&apos;s status does not allow this any more (it may have changed meanwhile): reload the list and try again.</source>
        <translation>وضع الحالة لم يعد يسمح بذلك (ربما تغيّر في هذه الأثناء): يجب إعادة تحميل القائمة والمحاولة مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approval letter is printed once the case is approved.</source>
        <translation>تُطبع رسالة الموافقة بعد الموافقة على الحالة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date must fall within the case&apos;s school year (from 1 September {school_year} to 31 August of the next year).</source>
        <translation>يجب أن يقع تاريخ البدء ضمن السنة الدراسية للحالة (من 1 أيلول {school_year} حتى 31 آب من السنة التالية).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date cannot be before the start date.</source>
        <translation>لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{club} is full ({capacity} children): nothing was saved. The child can wait for a seat on the club&apos;s waiting list.</source>
        <translation>{club} ممتلئ (عدد الأماكن: {capacity}): لم يُحفظ أي شيء. يمكن للطفل انتظار مكان في قائمة الانتظار الخاصة بالنادي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the start date the child is {age}, outside the club&apos;s ages ({min} to {max}). To enrol the child anyway, write the reason for enrolling outside the age range.</source>
        <translation>في تاريخ البدء يكون عمر الطفل {age}، وهو خارج الأعمار التي يستقبلها النادي (من {min} حتى {max}). لتسجيل الطفل رغم ذلك، يجب كتابة سبب التسجيل خارج النطاق العمري.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is already enrolled in a club: a child is in one club at a time. Record the leaving from that club first.</source>
        <translation>الطفل مسجَّل في نادٍ بالفعل: يمكن أن يكون الطفل في نادٍ واحد فقط في الوقت نفسه. يجب أولًا تسجيل مغادرته لذلك النادي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is already waiting for this club (or for any club): change or withdraw that request instead of filing another.</source>
        <translation>الطفل ينتظر بالفعل في قائمة هذا النادي (أو أي نادٍ): يجب تعديل ذلك الطلب أو سحبه بدلًا من تقديم طلب آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A club is only for a child of the family file: please choose one of its children.</source>
        <translation>النادي مخصَّص لطفل من ملف العائلة فقط: يُرجى اختيار أحد أطفال الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club is closed on that day: attendance is recorded only on club days and day-camp days.</source>
        <translation>النادي مغلق في ذلك اليوم: يُسجَّل الحضور فقط في أيام نشاط النادي وأيام المخيم النهاري.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance cannot be recorded for a day that has not come yet.</source>
        <translation>لا يمكن تسجيل الحضور ليوم لم يأتِ بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child on the list was not enrolled in the club on that day: reload the day and try again.</source>
        <translation>أحد الأطفال في القائمة لم يكن مسجَّلًا في النادي في ذلك اليوم: يجب إعادة تحميل اليوم والمحاولة مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That day is outside the child&apos;s enrolment (before the start or after the leaving).</source>
        <translation>ذلك اليوم خارج فترة تسجيل الطفل (قبل البدء أو بعد المغادرة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be more than zero.</source>
        <translation>يجب أن تكون قيمة {field} أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This child was never enrolled in a club: a payment is recorded only towards a child&apos;s club fees.</source>
        <translation>لم يُسجَّل هذا الطفل في أي نادٍ قط: تُسجَّل الدفعة فقط على حساب رسوم النادي الخاصة بطفل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount must be less than the club&apos;s monthly fee. To waive the whole fee, record an exemption.</source>
        <translation>يجب أن يكون الخصم أقل من الرسوم الشهرية للنادي. للإعفاء من كامل الرسوم، يجب تسجيل إعفاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee of that month was already charged: the exemption or discount can start from a month not charged yet.</source>
        <translation>رسوم ذلك الشهر احتُسبت بالفعل: يمكن أن يبدأ الإعفاء أو الخصم من شهر لم تُحتسب رسومه بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is no longer waiting (the child was enrolled, or the request was withdrawn). Reload the list.</source>
        <translation>الطلب لم يعد في الانتظار (سُجِّل الطفل أو سُحب الطلب). يجب إعادة تحميل القائمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A referral from a kindergarten or school needs the institution&apos;s name.</source>
        <translation>التحويل من روضة أو مدرسة يتطلب اسم المؤسسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This route is not an active route of the club: please choose one of the club&apos;s routes.</source>
        <translation>هذا الخط ليس خطًا فعّالًا للنادي: يُرجى اختيار أحد خطوط النادي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club already has a route called {value}.</source>
        <translation>يوجد للنادي بالفعل خط باسم {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a club called {value}.</source>
        <translation>يوجد بالفعل نادٍ باسم {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club still has {enrolled} children enrolled: record their leaving before making the club inactive.</source>
        <translation>لا يزال في النادي أطفال مسجَّلون (عددهم {enrolled}): يجب تسجيل مغادرتهم قبل جعل النادي غير فعّال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The club has {enrolled} children enrolled: its capacity cannot be less than that.</source>
        <translation>عدد الأطفال المسجَّلين في النادي {enrolled}: لا يمكن أن تكون سعته أقل من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A child cannot leave the club before the enrolment&apos;s start date.</source>
        <translation>لا يمكن أن يغادر الطفل النادي قبل تاريخ بدء التسجيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned end cannot be before the start date.</source>
        <translation>لا يمكن أن يكون تاريخ الانتهاء المخطط قبل تاريخ البدء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance of {count} children is already recorded on that day: it cannot be made a closed day.</source>
        <translation>سُجِّل بالفعل حضور أطفال في ذلك اليوم (عددهم {count}): لا يمكن تحويله إلى يوم إغلاق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is not a member of the family file: please choose one of its members.</source>
        <translation>هذا الشخص ليس من أفراد ملف العائلة: يرجى اختيار أحد أفراده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not a child of the family file: a child&apos;s referral is for one of its children.</source>
        <translation>هذا الشخص ليس من أطفال ملف العائلة: تحويل الطفل يكون لأحد أطفال الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is not a parent of the family file: a parent&apos;s referral is for one of its parents.</source>
        <translation>هذا الشخص ليس من والدَي ملف العائلة: تحويل أحد الوالدين يكون لأحد الوالدين في الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of therapy is not given to whom the referral is for: emotional and art therapy are for a child or a parent, parent guidance for a parent or the parents together, a group for anyone.</source>
        <translation>لا يُقدَّم هذا النوع من العلاج لمن يخصّه التحويل: العلاج العاطفي والعلاج بالفن لطفل أو لأحد الوالدين، وإرشاد الوالدين لأحد الوالدين أو للوالدين معًا، والمجموعة العلاجية لأي شخص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an open referral of this kind for this person (or for this family): it must end before another is made.</source>
        <translation>يوجد من قبل تحويل مفتوح من هذا النوع لهذا الشخص (أو لهذه العائلة): يجب إنهاؤه قبل إنشاء تحويل آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral is no longer waiting: its treatment started, or it ended. Reload the list.</source>
        <translation>التحويل لم يعد في الانتظار: بدأ العلاج أو انتهى التحويل. يجب إعادة تحميل القائمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions are recorded only while the treatment is under way.</source>
        <translation>تُسجَّل الجلسات فقط أثناء سير العلاج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral has ended: it can no longer be changed. A new referral can be made.</source>
        <translation>انتهى التحويل: لم يعد بالإمكان تغييره. يمكن إنشاء تحويل جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treatment cannot start before the referral date ({value}).</source>
        <translation>لا يمكن أن يبدأ العلاج قبل تاريخ التحويل ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral cannot end before {value} (the start of its treatment, or the referral date).</source>
        <translation>لا يمكن أن ينتهي التحويل قبل {value} (تاريخ بدء العلاج، أو تاريخ التحويل).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treatment never started, so its goals cannot have been met: please choose another reason.</source>
        <translation>لم يبدأ العلاج قط، لذلك لا يمكن أن تكون أهدافه قد تحققت: يرجى اختيار سبب آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose the committee&apos;s decision the referral carries out. Only an emergency referral (emergency foster care, by a youth-law worker, a team head or the manager) may be made before the committee decides.</source>
        <translation>يرجى اختيار قرار اللجنة الذي ينفّذه التحويل. لا يجوز إنشاء تحويل قبل قرار اللجنة إلا في حالة التحويل الطارئ (رعاية بديلة طارئة، من قِبل عامل/ة اجتماعي/ة لقانون الشبيبة أو رئيس/ة طاقم أو مدير/ة القسم).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An emergency referral without a committee decision needs its reason: please write why the child cannot wait for the committee.</source>
        <translation>التحويل الطارئ دون قرار لجنة يتطلب ذكر سببه: يرجى كتابة سبب عدم إمكانية انتظار الطفل/ة لقرار اللجنة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child already has an open foster-care referral: continue that one instead of making another.</source>
        <translation>للطفل/ة تحويل مفتوح إلى الرعاية البديلة من قبل: يرجى متابعته بدلًا من إنشاء تحويل آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral cannot move to that step from where it is now: reload it to see where it may go.</source>
        <translation>لا يمكن نقل التحويل إلى تلك المرحلة من مرحلته الحالية: يرجى إعادة تحميله لمعرفة المراحل الممكنة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A move back along the pipeline needs a reason: please write why.</source>
        <translation>الرجوع إلى مرحلة سابقة يتطلب ذكر السبب: يرجى كتابة السبب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is placed: the referral does not move back from there. To end the placement, move it to &quot;ended&quot; with the reason.</source>
        <translation>أُودع الطفل/ة: لا يمكن إرجاع التحويل من هذه المرحلة. لإنهاء الإيداع، يرجى نقله إلى «انتهى» مع ذكر السبب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document is not a PDF file: please attach it as a PDF (scan it or save it as PDF).</source>
        <translation>المستند ليس ملف PDF: يرجى إرفاقه بصيغة PDF (بمسحه ضوئيًا أو حفظه بصيغة PDF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document is too large (at most 10 MB): please attach a smaller PDF.</source>
        <translation>المستند كبير جدًا (حتى 10 ميغابايت): يرجى إرفاق ملف PDF أصغر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the family file&apos;s children.</source>
        <translation>يرجى اختيار أحد أطفال ملف العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum has already decided this report, and a decision is final: a correction is a new report.</source>
        <translation>اتخذ المنتدى قرارًا في هذا البلاغ من قبل، والقرار نهائي: التصحيح يكون ببلاغ جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a forum meeting on that date: choose it in the list instead of making another.</source>
        <translation>توجد من قبل جلسة للمنتدى في ذلك التاريخ: يرجى اختيارها من القائمة بدلًا من إنشاء جلسة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting&apos;s date is still ahead: a meeting is marked held, and its decisions recorded, on its day or after.</source>
        <translation>لم يحن موعد هذه الجلسة بعد: تُعلَّم الجلسة بأنها انعقدت وتُسجَّل قراراتها في يومها أو بعده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports were already decided at this meeting: its date can no longer be changed.</source>
        <translation>اتُّخذت في هذه الجلسة قرارات في بلاغات من قبل: لم يعد بالإمكان تغيير تاريخها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date cannot be before the meeting&apos;s date.</source>
        <translation>لا يمكن أن يكون الموعد قبل تاريخ الجلسة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report of this urgency is handled within {days} day(s) of the meeting: please choose an earlier due date.</source>
        <translation>مهلة معالجة البلاغ بدرجة الاستعجال هذه هي {days} (بالأيام) من تاريخ الجلسة: يرجى اختيار موعد أقرب.</translation>
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
        <source>Only the chair of the meeting can finalise its protocols.</source>
        <translation>لا يعتمد محاضر الجلسة نهائيًا إلا رئيس/ة اللجنة فيها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record since you opened it. Reload it to see the current version, then try again.</source>
        <translation>قام شخص آخر بتغيير هذا السجل منذ أن فتحته. حدِّثه لترى النسخة الحالية، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this since you opened it: nothing was saved. Reload to see the current version, then try again.</source>
        <translation>قام شخص آخر بتغيير هذا منذ فتحه: لم يُحفظ أي شيء. يجب إعادة التحميل لعرض النسخة الحالية، ثم المحاولة مجددًا.</translation>
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
        <location line="+115"/>
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
        <location line="+2"/>
        <source>attached to a family file</source>
        <translation>أرفق بملف عائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over to a family worker</source>
        <translation>سلّم إلى العامل/ة الاجتماعي/ة للعائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed without intervention</source>
        <translation>أغلق دون تدخّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked a person</source>
        <translation>ربط شخصًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered a new person despite possible duplicates</source>
        <translation>سجّل شخصًا جديدًا رغم احتمال التكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked on referrals</source>
        <translation>عالج التوجهات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <translation>أزال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved on the agenda</source>
        <translation>غيّر الترتيب في جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised</source>
        <translation>اعتمد نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looked at the committee</source>
        <translation>اطّلع على اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worked on the committee</source>
        <translation>عمل في اللجنة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>family file</source>
        <translation>ملف عائلة</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>family member</source>
        <translation>فرد من العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access to a restricted file</source>
        <translation>وصول إلى ملف مقيّد</translation>
    </message>
    <message>
        <location line="-523"/>
        <location line="+111"/>
        <location line="+413"/>
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
        <location line="-391"/>
        <location line="+392"/>
        <location line="+1"/>
        <source>referral</source>
        <translation>توجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person of a referral</source>
        <translation>شخص في توجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>committee meeting</source>
        <translation>جلسة لجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>committee hearing</source>
        <translation>نقاش في اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>committee participant</source>
        <translation>مشارك/ة في اللجنة</translation>
    </message>
    <message>
        <location line="-487"/>
        <location line="+488"/>
        <location line="+1"/>
        <source>committee protocol</source>
        <translation>محضر اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee task</source>
        <translation>مهمة اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>protocol addendum</source>
        <translation>ملحق للمحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee follow-up</source>
        <translation>متابعة اللجنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>placement out of home</source>
        <translation>إيداع خارج البيت</translation>
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
        <location line="-558"/>
        <location line="+559"/>
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
        <location filename="../../desktop/catalogue.py" line="-571"/>
        <location filename="../../desktop/messages.py" line="+0"/>
        <source>child</source>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+0"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+46"/>
        <location line="+40"/>
        <location line="+10"/>
        <location line="+58"/>
        <location line="+26"/>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location line="-195"/>
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
        <location filename="../../desktop/catalogue.py" line="+70"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>school</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+1"/>
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
        <location filename="../../desktop/catalogue.py" line="+420"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>referred elsewhere</source>
        <translation>حُوِّل إلى جهة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+1"/>
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
        <location line="+7"/>
        <source>regular committee</source>
        <translation>لجنة عادية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expanded committee</source>
        <translation>لجنة موسّعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+6"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+6"/>
        <source>first hearing</source>
        <translation>نقاش أول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review of the plan</source>
        <translation>مراجعة الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out-of-home placement</source>
        <translation>إخراج الطفل إلى إطار خارج البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual review of a placed child</source>
        <translation>مراجعة سنوية لطفل/ة في إطار خارج البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgent: within a week</source>
        <translation>عاجل: خلال أسبوع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other guardian</source>
        <translation>وصي/ة آخر/ى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minor</source>
        <translation>القاصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family worker</source>
        <translation>العامل/ة الاجتماعي/ة للعائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth-law worker</source>
        <translation>العامل/ة الاجتماعي/ة لقانون الشبيبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>homeroom teacher</source>
        <translation>مربي/ة الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school counsellor</source>
        <translation>المستشار/ة التربوي/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>educational psychologist</source>
        <translation>أخصائي/ة نفسي/ة تربوي/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nurse or doctor</source>
        <translation>ممرض/ة أو طبيب/ة</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="-385"/>
        <location filename="../../desktop/messages.py" line="+1"/>
        <source>foster-care service</source>
        <translation>خدمة العائلات الحاضنة</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="+7"/>
        <source>by mail</source>
        <translation>بالبريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>بالهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>treatment plan in the community</source>
        <translation>خطة علاج في المجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement in a foster family</source>
        <translation>إيداع في عائلة حاضنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement in a residential setting</source>
        <translation>إيداع في مؤسسة داخلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation to the court</source>
        <translation>توصية إلى المحكمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>foster family</source>
        <translation>عائلة حاضنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residential setting</source>
        <translation>مؤسسة داخلية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no protocol</source>
        <translation>لا يوجد محضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop/catalogue.py" line="+337"/>
        <location filename="../../desktop/messages.py" line="-188"/>
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
    <name>MonthGrid</name>
    <message>
        <location filename="../../desktop/clubs/attendance.py" line="-437"/>
        <source>P</source>
        <comment>present</comment>
        <translation>ح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <comment>absent with a reason</comment>
        <translation>غ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U</source>
        <comment>unexplained absence</comment>
        <translation>غب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>النسبة</translation>
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
        <location filename="../../desktop/intake/outcomes.py" line="-180"/>
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
    <message>
        <location line="+5"/>
        <source>Preferred club: %1</source>
        <translation>النادي المفضَّل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any club</source>
        <translation>أي نادٍ</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../desktop/clubs/overview.py" line="+49"/>
        <source>Club</source>
        <translation>النادي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>مسجَّلون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>شاغر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance this month</source>
        <translation>الحضور هذا الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrears</source>
        <translation>المتأخرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clubs yet: add one with New club (Ctrl+N)</source>
        <translation>لا توجد نوادٍ بعد: يمكن إضافة نادٍ عبر «نادٍ جديد» (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clubs</source>
        <translation>النوادي العلاجية</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>full</source>
        <translation>ممتلئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every seat is taken: new children go on the waiting list</source>
        <translation>جميع الأماكن مشغولة: يُضاف الأطفال الجدد إلى قائمة الانتظار</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n child(ren) waiting for a seat</source>
        <translation>
            <numerusform>لا يوجد أطفال ينتظرون مكانًا</numerusform>
            <numerusform>طفل واحد ينتظر مكانًا</numerusform>
            <numerusform>طفلان ينتظران مكانًا</numerusform>
            <numerusform>%n أطفال ينتظرون مكانًا</numerusform>
            <numerusform>%n طفلًا ينتظرون مكانًا</numerusform>
            <numerusform>%n طفل ينتظرون مكانًا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed by the families for the months before this one</source>
        <translation>المستحق على العائلات عن الأشهر التي سبقت هذا الشهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No attendance recorded this month yet</source>
        <translation>لم يُسجَّل أي حضور هذا الشهر بعد</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop/committees/participant_dialog.py" line="-122"/>
        <source>New participant — %1</source>
        <translation>مشارك/ة جديد/ة — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant — %1</source>
        <translation>مشارك/ة — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. the school&apos;s name</source>
        <translation>مثلًا: اسم المدرسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. homeroom teacher, 4th grade</source>
        <translation>مثلًا: مربي/ة الصف الرابع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the letter goes</source>
        <translation>العنوان الذي تُرسل إليه الرسالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;وظيفة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;لغة الرسالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invited:</source>
        <translation>طريقة ال&amp;دعوة:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no way to reach this participant: please give a phone, an e-mail or an address.</source>
        <translation>لا توجد وسيلة للتواصل مع هذا المشارك/ة: يرجى إدخال رقم هاتف أو بريد إلكتروني أو عنوان.</translation>
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
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/clubs/payment_dialog.py" line="+38"/>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Family:</source>
        <translation>&amp;العائلة:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Child:</source>
        <translation>&amp;الطفل:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date paid:</source>
        <translation>&amp;تاريخ الدفع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;المبلغ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Method:</source>
        <translation>&amp;طريقة الدفع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt no.:</source>
        <translation>&amp;رقم الإيصال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the family first.</source>
        <translation>يجب البحث عن العائلة أولًا.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (not enrolled)</source>
        <translation>%1 (غير مسجَّل)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No child of this family has been enrolled in a club.</source>
        <translation>لم يُسجَّل أي طفل من هذه العائلة في نادٍ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family owes %1 (of which %2 in arrears).</source>
        <translation>على العائلة مبلغ %1 (منه %2 متأخرات).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family is in credit: %1.</source>
        <translation>للعائلة رصيد دائن: %1.</translation>
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
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/clubs/waiting.py" line="+305"/>
        <source>Unpin — %1</source>
        <translation>إلغاء التثبيت — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to the top of the list — %1</source>
        <translation>تثبيت في رأس القائمة — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1: the first on the list</source>
        <translation>1: الأول في القائمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pinned at %1 because: %2. Unpinned, the request takes its place by the list&apos;s rule again.</source>
        <translation>مثبَّت في المرتبة %1 بسبب: %2. عند إلغاء التثبيت، يعود الطلب إلى مكانه حسب قاعدة ترتيب القائمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A pinned request comes before the list&apos;s rule: state why, the reason is shown in the list.</source>
        <translation>الطلب المثبَّت يتقدَّم على قاعدة ترتيب القائمة: يجب ذكر السبب، ويظهر السبب في القائمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned &amp;rank:</source>
        <translation>&amp;الترتيب المثبَّت:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../desktop/daycare/actions.py" line="-57"/>
        <source>Place in day-care — %1</source>
        <translation>إلحاق بحضانة نهارية — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day-care centre&apos;s name and locality</source>
        <translation>اسم الحضانة النهارية والبلدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day-care &amp;centre:</source>
        <translation>ال&amp;حضانة النهارية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;تاريخ البدء:</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../desktop/committees/placement_dialog.py" line="-80"/>
        <source>Record placement</source>
        <translation>تسجيل إيداع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(بلا)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Carries out the &amp;decision:</source>
        <translation>ينفّذ ال&amp;قرار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Child:</source>
        <translation>ال&amp;طفل/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Setting:</source>
        <translation>إطار الإي&amp;داع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Placed on:</source>
        <translation>&amp;تاريخ الإيداع:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
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
        <location filename="../../desktop/printing/summary_dialog.py" line="+48"/>
        <source>Print summary — %1</source>
        <translation>طباعة ملخص — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed notes to include</source>
        <translation>الملاحظات الموقعة المشمولة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has no signed notes: the summary prints without notes.</source>
        <translation>لا توجد في الملف ملاحظات موقعة: سيُطبع الملخص بدون ملاحظات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case notes are not shown to your role: the summary prints without notes.</source>
        <translation>لا تُعرض سجلات الملف لدورك: سيُطبع الملخص بدون سجلات.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>Protocol</name>
    <message>
        <location filename="../../desktop/committees/protocol.py" line="+64"/>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The professionals&apos; views</source>
        <translation>آراء المهنيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parents&apos; position</source>
        <translation>موقف الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child&apos;s position</source>
        <translation>موقف الطفل/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of the discussion</source>
        <translation>ملخص النقاش</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>One item per line</source>
        <translation>بند واحد في كل سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision:</source>
        <translation>القرار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan items:</source>
        <translation>بنود الخطة:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(nobody yet)</source>
        <translation>(لم يُحدَّد بعد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date:</source>
        <translation>موعد الاستحقاق:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task:</source>
        <translation>المهمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible:</source>
        <translation>المسؤول/ة:</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location line="+101"/>
        <source>Protocol — %1, %2</source>
        <translation>محضر — %1، %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Meeting of %1 · %2 (born %3) · file %4, %5</source>
        <translation>جلسة %1 · %2 (تاريخ الميلاد %3) · الملف %4، %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Attended</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The hearing</source>
        <translation>النقاش</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add decision</source>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For:</source>
        <translation>المؤيدون:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against:</source>
        <translation>المعارضون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstained:</source>
        <translation>الممتنعون:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dissent:</source>
        <translation>رأي مخالف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parents&apos; reservation:</source>
        <translation>تحفّظ الوالدين:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parents and the child were told they may ask for a hearing at the district committee</source>
        <translation>أُبلغ الوالدان والطفل/ة بأنه يحق لهم طلب نقاش في اللجنة اللوائية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review on:</source>
        <translation>موعد المراجعة القادمة:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Addenda</source>
        <translation>ملاحق المحضر</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalise…</source>
        <translation>اعتماد نهائي…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add addendum…</source>
        <translation>إضافة ملحق للمحضر…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol…</source>
        <translation>المحضر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter to the parents…</source>
        <translation>رسالة القرار إلى الوالدين…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary letter to a professional…</source>
        <translation>رسالة ملخص إلى أحد المهنيين…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the printed protocol</source>
        <translation>لغة المحضر المطبوع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload the protocol</source>
        <translation>تحديث المحضر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print in:</source>
        <translation>الطباعة باللغة:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading the protocol…</source>
        <translation>جارٍ تحميل المحضر…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Close without saving? What you typed since the last save is lost.</source>
        <translation>هل تريد الإغلاق دون حفظ؟ سيضيع ما كتبته منذ آخر حفظ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Final: finalised by %1 on %2. It can no longer be changed; a correction is an addendum.</source>
        <translation>نهائي: اعتمده نهائيًا %1 بتاريخ %2. لم يعد بالإمكان تغييره؛ يُضاف أي تصحيح كملحق للمحضر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting was cancelled.</source>
        <translation>أُلغيت الجلسة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New protocol (not saved yet).</source>
        <translation>محضر جديد (لم يُحفظ بعد).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft recorded by the committee&apos;s coordinator.</source>
        <translation>مسودة سجّلها مركّز/ة اللجنة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft.</source>
        <translation>مسودة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No addenda.</source>
        <translation>لا توجد ملاحق للمحضر.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A child placed out of home is reviewed within a year: by %1 at the latest.</source>
        <translation>عند إخراج الطفل إلى إطار خارج البيت تُجرى المراجعة خلال سنة: حتى %1 على الأكثر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required to finalise.</source>
        <translation>مطلوب للاعتماد النهائي.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Finalise the protocol</source>
        <translation>اعتماد المحضر نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the protocol? It becomes read-only: a correction can only be added as an addendum. Its tasks are put on the family file.</source>
        <translation>هل تريد اعتماد المحضر نهائيًا؟ سيصبح للقراءة فقط: لا يمكن إضافة أي تصحيح إلا كملحق للمحضر. وتُضاف مهامه إلى ملف العائلة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise</source>
        <translation>اعتماد نهائي</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reloaded: what you typed is kept; Save draft writes it over the other change.</source>
        <translation>تم تحديث المحضر: ما كتبته لم يُفقد؛ عند الضغط على &quot;حفظ المسودة&quot; يُحفظ بدلًا من التغيير الآخر.</translation>
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
    <name>ReferDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-197"/>
        <source>Refer to the therapy centre</source>
        <translation>تحويل إلى مركز العلاج</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who is referred:</source>
        <translation>&amp;من يُحوَّل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of therapy:</source>
        <translation>&amp;نوع العلاج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the referral:</source>
        <translation>&amp;سبب التحويل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral &amp;date:</source>
        <translation>&amp;تاريخ التحويل:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refer to the therapy centre — %1</source>
        <translation>تحويل إلى مركز العلاج — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This family file has no children: add the child to the file first.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: يرجى إضافة الطفل إلى الملف أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This family file has no parents: add the parent to the file first.</source>
        <translation>لا يوجد والدان في ملف العائلة هذا: يرجى إضافة أحد الوالدين إلى الملف أولًا.</translation>
    </message>
</context>
<context>
    <name>ReferElsewhereDialog</name>
    <message>
        <location filename="../../desktop/intake/outcomes.py" line="+91"/>
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
    <name>ReferralList</name>
    <message>
        <location filename="../../desktop/therapy/page.py" line="+68"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referred on</source>
        <translation>تاريخ التحويل</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Who</source>
        <translation>المحوَّل/ة</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>بتحويل من</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is waiting for the therapy centre. A family worker refers from the family file&apos;s Therapy tab.</source>
        <translation>لا أحد في انتظار مركز العلاج. يحوِّل العامل/ة الاجتماعي/ة للعائلة من تبويب «العلاج العاطفي» في ملف العائلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Therapist</source>
        <translation>المعالج/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No treatment is under way.</source>
        <translation>لا يوجد علاج جارٍ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In treatment</source>
        <translation>في العلاج</translation>
    </message>
</context>
<context>
    <name>ReferralView</name>
    <message>
        <location filename="../../desktop/intake/view.py" line="+91"/>
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
        <location line="+3"/>
        <source>Send to the &amp;youth-law forum…</source>
        <translation>إرسال إلى &amp;منتدى قانون الشبيبة…</translation>
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
        <location line="+21"/>
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
        <location line="+75"/>
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
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/forum/report_dialog.py" line="+40"/>
        <source>Report a child at risk</source>
        <translation>الإبلاغ عن طفل في خطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct the report</source>
        <translation>تصحيح البلاغ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Empty for an anonymous report</source>
        <translation>يُترك فارغًا في البلاغ مجهول الهوية</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was reported: what happened, when, who saw it, what the child said</source>
        <translation>ما الذي أُبلغ عنه: ماذا حدث، ومتى، ومن رأى ذلك، وماذا قال الطفل/ة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>ال&amp;طفل/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported &amp;on:</source>
        <translation>&amp;تاريخ البلاغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported &amp;by:</source>
        <translation>ال&amp;مُبلِّغ/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>ا&amp;سم المبلِّغ/ة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter&apos;s &amp;phone:</source>
        <translation>&amp;هاتف المبلِّغ/ة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind of risk:</source>
        <translation>&amp;نوع الخطر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;درجة الاستعجال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This family file has no children: a report is about a child of the file. Add the child to the file first.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: يتعلق البلاغ بطفل من أطفال الملف. يرجى إضافة الطفل إلى الملف أولًا.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/clubs/request_dialog.py" line="+12"/>
        <source>Request a club</source>
        <translation>طلب نادٍ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Urgency</source>
        <translation>درجة الإلحاح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred club</source>
        <translation>النادي المفضَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any club (on every club&apos;s list)</source>
        <translation>أي نادٍ (في قوائم جميع النوادي)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name and phone of who referred</source>
        <translation>اسم وهاتف الجهة المحوِّلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family file:</source>
        <translation>ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>&amp;الطفل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for a club:</source>
        <translation>&amp;سبب طلب النادي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals:</source>
        <translation>&amp;الأهداف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;درجة الإلحاح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k:</source>
        <translation>&amp;مستوى الخطر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred c&amp;lub:</source>
        <translation>&amp;النادي المفضَّل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kindergarten or &amp;school:</source>
        <translation>&amp;الروضة أو المدرسة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request a club — %1</source>
        <translation>طلب نادٍ — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This family file has no children: a club is requested for a child of the file. Add the child to the file first.</source>
        <translation>لا يوجد أطفال في ملف العائلة هذا: يُطلب النادي لطفل من الملف. يجب إضافة الطفل إلى الملف أولًا.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is %2: this club takes children of %3 to %4. The club worker will need a reason to enrol the child.</source>
        <translation>عمر %1: %2، بينما يستقبل هذا النادي أطفالًا بعمر %3 حتى %4. ستحتاج العاملة الاجتماعية للنوادي إلى سبب لتسجيل الطفل.</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../desktop/clubs/roster.py" line="+56"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>الانتهاء المخطط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allergies</source>
        <translation>الحساسيات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diet</source>
        <translation>النظام الغذائي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No children in this club yet: enrol the first on the waiting list, or Enrol a child.</source>
        <translation>لا يوجد أطفال في هذا النادي بعد: يمكن تسجيل الأول في قائمة الانتظار، أو استخدام «تسجيل طفل».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children in the club</source>
        <translation>الأطفال في النادي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol a chil&amp;d…</source>
        <translation>&amp;تسجيل طفل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit the enrolment…</source>
        <translation>ت&amp;عديل التسجيل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leaves the club…</source>
        <translation>م&amp;غادرة النادي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print the registration form…</source>
        <translation>طباعة استمارة التسج&amp;يل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the family file</source>
        <translation>&amp;فتح ملف العائلة</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>not started yet</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds a seat from %1</source>
        <translation>يشغل مكانًا ابتداءً من %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allergies: %1</source>
        <translation>الحساسيات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>موقَّعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed</source>
        <translation>غير موقَّعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parents&apos; consent is not signed yet</source>
        <translation>موافقة الأهل غير موقَّعة بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>لا أطفال</numerusform>
            <numerusform>طفل واحد</numerusform>
            <numerusform>طفلان</numerusform>
            <numerusform>%n أطفال</numerusform>
            <numerusform>%n طفلًا</numerusform>
            <numerusform>%n طفل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolReferralDialog</name>
    <message>
        <location filename="../../desktop/clubs/school_referral.py" line="+59"/>
        <source>Referral from a kindergarten or school</source>
        <translation>تحويل من روضة أو مدرسة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Referred by</source>
        <translation>جهة التحويل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name and phone of who referred</source>
        <translation>اسم وهاتف الجهة المحوِّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred &amp;by:</source>
        <translation>ج&amp;هة التحويل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the &amp;institution:</source>
        <translation>&amp;اسم المؤسسة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntact:</source>
        <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is the family known to the department? Search for its file first.</source>
        <translation>هل العائلة معروفة للقسم؟ يجب البحث عن ملفها أولًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find the family file:</source>
        <translation>ا&amp;لبحث عن ملف العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Famil&amp;y files:</source>
        <translation>&amp;ملفات العائلات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family is &amp;known: request a club…</source>
        <translation>ال&amp;عائلة معروفة: طلب نادٍ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The family is n&amp;ot known: refer to intake…</source>
        <translation>العائلة &amp;غير معروفة: تحويل إلى الاستقبال…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What the institution told about the family. Intake receives it as a referral, opens the family&apos;s file and files the club request.</source>
        <translation>ما أفادت به المؤسسة عن العائلة. يستلمه الاستقبال كتحويل، فيفتح ملف العائلة ويقدِّم طلب النادي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child&apos;s birth &amp;date:</source>
        <translation>&amp;تاريخ ميلاد الطفل:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgency</source>
        <translation>درجة الإلحاح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred club</source>
        <translation>النادي المفضَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any club</source>
        <translation>أي نادٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s &amp;first name:</source>
        <translation>&amp;الاسم الشخصي للطفل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s &amp;last name:</source>
        <translation>&amp;اسم عائلة الطفل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;parent&apos;s name:</source>
        <translation>&amp;اسم أحد الوالدين:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;الهاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for a &amp;club:</source>
        <translation>&amp;سبب طلب النادي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;درجة الإلحاح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;eferred club:</source>
        <translation>&amp;النادي المفضَّل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ack to the search</source>
        <translation>&amp;العودة إلى البحث</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send to intake</source>
        <translation>إرسال إلى الاستقبال</translation>
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
    <name>SessionsDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="+78"/>
        <source>Sessions held — %1</source>
        <translation>الجلسات التي عُقدت — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sessions held so far:</source>
        <translation>&amp;عدد الجلسات التي عُقدت حتى الآن:</translation>
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
    <name>StartDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-29"/>
        <source>Treatment starts — %1</source>
        <translation>بدء العلاج — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre&apos;s clinician who treats</source>
        <translation>المعالج/ة من طاقم المركز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation>&amp;تاريخ البدء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Therapist:</source>
        <translation>ال&amp;معالج/ة:</translation>
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
    <name>Therapy</name>
    <message>
        <location filename="../../desktop/therapy/common.py" line="+21"/>
        <source>a child</source>
        <translation>طفل/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>emotional therapy</source>
        <translation>علاج عاطفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent guidance</source>
        <translation>إرشاد الوالدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>art therapy</source>
        <translation>علاج بالفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>مجموعة علاجية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in treatment</source>
        <translation>في العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>treatment goals met</source>
        <translation>تحققت أهداف العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped out</source>
        <translation>انقطع عن العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred elsewhere</source>
        <translation>حُوِّل إلى جهة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved away</source>
        <translation>انتقلوا من البلدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TherapyPage</name>
    <message>
        <location filename="../../desktop/therapy/page.py" line="+104"/>
        <source>Therapy centre</source>
        <translation>مركز العلاج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of therapy</source>
        <translation>نوع العلاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind of therapy:</source>
        <translation>&amp;نوع العلاج:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start treatment…</source>
        <translation>&amp;بدء العلاج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record sessio&amp;ns…</source>
        <translation>تسجيل ال&amp;جلسات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End the referral…</source>
        <translation>إنهاء ال&amp;تحويل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the family file</source>
        <translation>&amp;فتح ملف العائلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;more</source>
        <translation>عرض ال&amp;مزيد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Waiting</source>
        <translation>في الانت&amp;ظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In treatment</source>
        <translation>في ال&amp;علاج</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>لا توجد تحويلات بالانتظار</numerusform>
            <numerusform>تحويل واحد بالانتظار</numerusform>
            <numerusform>تحويلان بالانتظار</numerusform>
            <numerusform>%n تحويلات بالانتظار</numerusform>
            <numerusform>%n تحويلًا بالانتظار</numerusform>
            <numerusform>%n تحويل بالانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n in treatment</source>
        <translation>
            <numerusform>لا توجد تحويلات قيد العلاج</numerusform>
            <numerusform>تحويل واحد قيد العلاج</numerusform>
            <numerusform>تحويلان قيد العلاج</numerusform>
            <numerusform>%n تحويلات قيد العلاج</numerusform>
            <numerusform>%n تحويلًا قيد العلاج</numerusform>
            <numerusform>%n تحويل قيد العلاج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TherapyTab</name>
    <message>
        <location filename="../../desktop/therapy/file_tab.py" line="+59"/>
        <source>Refer to &amp;therapy…</source>
        <translation>تحويل إلى ال&amp;علاج…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who</source>
        <translation>المحوَّل/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referred on</source>
        <translation>تاريخ التحويل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therapist</source>
        <translation>المعالج/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>بتحويل من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody of the family was referred to the therapy centre.</source>
        <translation>لم يُحوَّل أحد من العائلة إلى مركز العلاج.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Therapy referrals</source>
        <translation>التحويلات إلى العلاج</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Waiting: %1 · In treatment: %2</source>
        <translation>في الانتظار: %1 · في العلاج: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In treatment with %1 since %2 (waited %3); %4 sessions held.</source>
        <translation>في العلاج لدى %1 منذ %2 (مدة الانتظار: %3)؛ عدد الجلسات التي عُقدت: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on %1: %2.</source>
        <translation>انتهى في %1: %2.</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <location filename="../../desktop/clubs/waiting.py" line="-244"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>درجة الإلحاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pinned because</source>
        <translation>سبب التثبيت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is waiting for this club. A request is filed from the family file&apos;s Club tab, or here through School referral.</source>
        <translation>لا أحد في انتظار هذا النادي. يُقدَّم الطلب من تبويب «النادي» في ملف العائلة، أو من هنا عبر «تحويل من روضة أو مدرسة».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>&amp;Enrol…</source>
        <translation>ت&amp;سجيل…</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+137"/>
        <source>&amp;Pin…</source>
        <translation>ت&amp;ثبيت…</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>W&amp;ithdraw…</source>
        <translation>سح&amp;ب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the family file</source>
        <translation>&amp;فتح ملف العائلة</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Outside the club&apos;s age range: enrolling needs a reason</source>
        <translation>خارج النطاق العمري للنادي: يتطلب التسجيل ذكر سبب</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any club</source>
        <translation>أي نادٍ</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>لا أحد في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
            <numerusform>%n في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 free</source>
        <translation>أماكن شاغرة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full: %1 of %2 seats taken</source>
        <translation>ممتلئ: الأماكن المشغولة %1 من %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Club full: no seat to enrol</source>
        <translation>النادي ممتلئ: لا يوجد مكان للتسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every seat is taken. When a child leaves, the first on this list is next.</source>
        <translation>جميع الأماكن مشغولة. عندما يغادر طفل، يكون الأول في هذه القائمة هو التالي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol the selected child (Enter)</source>
        <translation>تسجيل الطفل المحدَّد (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un&amp;pin…</source>
        <translation>&amp;إلغاء التثبيت…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The request is no longer on the waiting list.</source>
        <translation>الطلب لم يعد في قائمة الانتظار.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location line="+77"/>
        <source>Withdraw the request — %1</source>
        <translation>سحب الطلب — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdraw the request for %1? The child leaves the waiting list; a new request would wait from today.</source>
        <translation>سحب طلب %1؟ سيُزال الطفل من قائمة الانتظار؛ وأي طلب جديد سيبدأ انتظاره من اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
</context>
<context>
    <name>YouthLawTab</name>
    <message>
        <location filename="../../desktop/forum/file_tab.py" line="+68"/>
        <source>Reports about the file&apos;s children at risk. Each waits for the youth-law forum, which decides the intervention and the worker in charge.</source>
        <translation>بلاغات عن أطفال الملف المعرَّضين للخطر. ينتظر كل بلاغ منتدى قانون الشبيبة، الذي يقرر التدخل والعامل/ة المسؤول/ة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports you recorded about the file&apos;s children at risk, and what the youth-law forum decided.</source>
        <translation>البلاغات التي سجّلتها عن أطفال الملف المعرَّضين للخطر، وما قرره منتدى قانون الشبيبة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report a child at &amp;risk…</source>
        <translation>الإبلاغ عن طفل في &amp;خطر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the re&amp;port…</source>
        <translation>تصحيح ال&amp;بلاغ…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Child</source>
        <translation>الطفل/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported on</source>
        <translation>تاريخ البلاغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>المُبلِّغ/ة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>المسؤول/ة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report about the family&apos;s children.</source>
        <translation>لا توجد بلاغات عن أطفال العائلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports about children at risk</source>
        <translation>بلاغات عن أطفال في خطر</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>مُنجزة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>decided %1</source>
        <translation>صدر القرار في %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>waiting, %n day(s)</source>
        <translation>
            <numerusform>في الانتظار، %n يوم</numerusform>
            <numerusform>في الانتظار، يوم واحد</numerusform>
            <numerusform>في الانتظار، يومان</numerusform>
            <numerusform>في الانتظار، %n أيام</numerusform>
            <numerusform>في الانتظار، %n يومًا</numerusform>
            <numerusform>في الانتظار، %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The forum&apos;s note: %1</source>
        <translation>ملاحظة المنتدى: %1</translation>
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
<context>
    <name>_StepDialog</name>
    <message>
        <location filename="../../desktop/therapy/dialogs.py" line="-31"/>
        <source>%1, %2, referred on %3.</source>
        <translation>%1، %2، تاريخ التحويل: %3.</translation>
    </message>
</context>
<context>
    <name>self.grid</name>
    <message>
        <location filename="../../desktop/clubs/attendance.py" line="-192"/>
        <source>Absence reason</source>
        <translation>سبب الغياب</translation>
    </message>
</context>
</TS>

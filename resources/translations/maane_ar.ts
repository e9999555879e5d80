<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CloseFileDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="+176"/>
        <source>Close the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="+206"/>
        <source>Maane — no connection to the database</source>
        <translation>معنى — لا يوجد اتصال بقاعدة البيانات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A database file on this computer (SQLite)</source>
        <translation>ملف قاعدة بيانات على هذا الحاسوب (SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department&apos;s shared database server (PostgreSQL)</source>
        <translation>خادم قاعدة البيانات المشتركة للقسم (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Maane could not open the database.</source>
        <translation>تعذّر على معنى فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-60"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/app.py" line="+122"/>
        <source>Maane — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Maane. Your work so far was not lost; you can continue working. Please send the details below to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyListView</name>
    <message>
        <location filename="../../desktop/families/list_view.py" line="+53"/>
        <source>Search: family name, member name, ID number, phone or file number</source>
        <translation>بحث: اسم العائلة، اسم أحد أفرادها، رقم الهوية، الهاتف أو رقم الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include closed</source>
        <translation>بما في ذلك المغلقة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+20"/>
        <source>restricted</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>more than %1 files…</source>
        <translation>أكثر من %1 ملفًا…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
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
        <location line="+19"/>
        <source>The list could not be loaded: %1</source>
        <translation>تعذّر تحميل القائمة: %1</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <location filename="../../desktop/families/file_view.py" line="+84"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassign to a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restricted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality / neighbourhood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correction of the note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/login.py" line="-230"/>
        <source>SQLite file: %1</source>
        <translation>ملف SQLite: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server %1:%2, database %3</source>
        <translation>خادم PostgreSQL %1:%2، قاعدة البيانات %3</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+11"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+19"/>
        <source>Please type your user name.</source>
        <translation>الرجاء كتابة اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>MaaneApp</name>
    <message>
        <location filename="../../desktop/app.py" line="+129"/>
        <source>Maane — database of another version</source>
        <translation>معنى — قاعدة بيانات لإصدار آخر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+36"/>
        <source>Maane — %1 (%2)</source>
        <translation>معنى — %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Family files</source>
        <translation>ملفات العائلات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My tasks</source>
        <translation>مهامي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role has no case-work modules in this version of Maane.</source>
        <translation type="unfinished"></translation>
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
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access to this information is recorded in the access log (Privacy Protection Regulations).</source>
        <translation>يُسجَّل الدخول إلى هذه المعلومات في سجل الدخول (أنظمة حماية الخصوصية).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages.py" line="+17"/>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please fill in the {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is too long (at most {max} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number is not valid (check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file number {value} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file number must look like 2026/0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search text is too long (at most {max} characters).</source>
        <translation>نص البحث طويل جدًا (حتى {max} حرفًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing date is before the file was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose a valid {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This worker cannot be assigned files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only choose your own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is signed and can no longer be changed; write a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed note can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passport number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is already a member of the family file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name may contain only lower-case Latin letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database security roles are not installed ({role}). Ask the system administrator to run: maane db upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too short (at least {min} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file {path} is on a network drive, where SQLite is not safe. Several users need the shared PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of database is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are not allowed to do this. The attempt was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this record since you opened it. Reload it to see the current version, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record was not found; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person with the same name and birth date already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person with this ID number already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login {login} is not a Maane user. Ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password. {remaining} attempts left before the account is locked.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. تبقّى {remaining} محاولات قبل قفل الحساب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is locked after too many failed attempts. Try again after {until}.</source>
        <translation>الحساب مقفل بعد محاولات فاشلة كثيرة. حاول مرة أخرى بعد {until}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database holds no Maane data structure (expected revision {expected}). Ask the system administrator to run: maane db upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is at revision {found}, this program needs revision {expected}. Ask the system administrator to run: maane db upgrade</source>
        <translation>قاعدة البيانات في الإصدار {found}، والبرنامج يحتاج الإصدار {expected}. اطلب من مسؤول النظام تشغيل: maane db upgrade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached. Check the network connection or the database settings.</source>
        <translation>لا يمكن الوصول إلى قاعدة البيانات. تحقّق من الاتصال بالشبكة أو من إعدادات قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action failed ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact with another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>treatment goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family refused treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restriction changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewed the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyTasksView</name>
    <message>
        <location filename="../../desktop/tasks/my_tasks.py" line="+35"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
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
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/families/dialogs.py" line="-32"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign now (a signed note can no longer be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location line="+46"/>
        <source>Reassign to a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location line="-116"/>
        <source>Reload the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location line="+89"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

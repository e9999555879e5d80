<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>CloseFileDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="176" />
            <source>Close the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="183" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="184" />
            <source>Closing date:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../desktop/login.py" line="205" />
            <source>Maane — no connection to the database</source>
            <translation>معنى — لا يوجد اتصال بقاعدة البيانات</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="217" />
            <source>A database file on this computer (SQLite)</source>
            <translation>ملف قاعدة بيانات على هذا الحاسوب (SQLite)</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="218" />
            <source>The department's shared database server (PostgreSQL)</source>
            <translation>خادم قاعدة البيانات المشتركة للقسم (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="224" />
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="238" />
            <source>File:</source>
            <translation>الملف:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="240" />
            <source>Server:</source>
            <translation>الخادم:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="241" />
            <source>Port:</source>
            <translation>المنفذ:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="242" />
            <source>Database:</source>
            <translation>قاعدة البيانات:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="245" />
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="246" />
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="276" />
            <source>Maane could not open the database.</source>
            <translation>تعذّر على معنى فتح قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="286" />
            <source>Database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/login.py" line="287" />
            <source>SQLite database (*.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="124" />
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="132" />
            <source>Note of %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="133" />
            <source>Corrected text:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../desktop/app.py" line="122" />
            <source>Maane — unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/app.py" line="123" />
            <source>Something went wrong inside Maane. Your work so far was not lost; you can continue working. Please send the details below to the system administrator.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FamilyListView</name>
        <message>
            <location filename="../../desktop/families/list_view.py" line="53" />
            <source>Search: family name, member name, ID number, phone or file number</source>
            <translation>بحث: اسم العائلة، اسم أحد أفرادها، رقم الهوية، الهاتف أو رقم الملف</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="56" />
            <source>Include closed</source>
            <translation>بما في ذلك المغلقة</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="88" />
            <source>Search:</source>
            <translation>بحث:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>File no.</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Family</source>
            <translation>العائلة</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Worker</source>
            <translation>العامل/ة</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Team</source>
            <translation>الطاقم</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="107" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="107" />
            <source>Restricted</source>
            <translation>سرّي</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="127" />
            <source>restricted</source>
            <translation>سرّي</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/families/list_view.py" line="154" />
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
            <location filename="../../desktop/families/list_view.py" line="173" />
            <source>The list could not be loaded: %1</source>
            <translation>تعذّر تحميل القائمة: %1</translation>
        </message>
    </context>
    <context>
        <name>FileView</name>
        <message>
            <location filename="../../desktop/families/file_view.py" line="84" />
            <source>Back to the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="86" />
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="88" />
            <source>Reassign to a worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="90" />
            <source>Close the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="92" />
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="109" />
            <source>Restricted file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="121" />
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="121" />
            <source>Locality / neighbourhood:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="122" />
            <source>Worker:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="122" />
            <source>Team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="122" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="123" />
            <source>Opened:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="123" />
            <source>Closed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="144" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="144" />
            <source>Name in Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="144" />
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="145" />
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="145" />
            <source>Relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="145" />
            <source>Phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="146" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="149" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="149" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="149" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="150" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="150" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="155" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="157" />
            <source>Sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="159" />
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="169" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="172" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="172" />
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="172" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="173" />
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="175" />
            <source>New task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="183" />
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="211" />
            <source>%1 — file %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="215" />
            <source>not assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="248" />
            <source>signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="248" />
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="253" />
            <source>Correction of the note of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="255" />
            <source>corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="279" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="279" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="279" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="280" />
            <source>Allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="282" />
            <source>Access log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="306" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="306" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="314" />
            <source>The file was changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop/login.py" line="61" />
            <source>SQLite file: %1</source>
            <translation>ملف SQLite: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="63" />
            <source>PostgreSQL server %1:%2, database %3</source>
            <translation>خادم PostgreSQL %1:%2، قاعدة البيانات %3</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="79" />
            <source>Maane — sign in</source>
            <translation>معنى — تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="82" />
            <source>Maane</source>
            <translation>معنى</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="88" />
            <source>Department of social services — case management</source>
            <translation>قسم الخدمات الاجتماعية — إدارة الملفات</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="99" />
            <source>User name:</source>
            <translation>اسم المستخدم:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="100" />
            <source>Password:</source>
            <translation>كلمة المرور:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="104" />
            <source>Database:</source>
            <translation>قاعدة البيانات:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="113" />
            <source>Access is personal. Every access to the information is recorded.</source>
            <translation>الدخول شخصي. يُسجَّل كل دخول إلى المعلومات.</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="117" />
            <source>Sign in</source>
            <translation>دخول</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="119" />
            <source>Exit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="138" />
            <source>Please type your user name.</source>
            <translation>الرجاء كتابة اسم المستخدم.</translation>
        </message>
    </context>
    <context>
        <name>MaaneApp</name>
        <message>
            <location filename="../../desktop/app.py" line="252" />
            <source>Maane — database of another version</source>
            <translation>معنى — قاعدة بيانات لإصدار آخر</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="36" />
            <source>Maane — %1 (%2)</source>
            <translation>معنى — %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="52" />
            <source>Family files</source>
            <translation>ملفات العائلات</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="59" />
            <source>My tasks</source>
            <translation>مهامي</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="61" />
            <source>Your role has no case-work modules in this version of Maane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="63" />
            <source>Welcome</source>
            <translation>أهلاً وسهلاً</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="73" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="74" />
            <source>Sign out</source>
            <translation>تسجيل الخروج</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="77" />
            <source>Exit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="84" />
            <source>Access to this information is recorded in the access log (Privacy Protection Regulations).</source>
            <translation>يُسجَّل الدخول إلى هذه المعلومات في سجل الدخول (أنظمة حماية الخصوصية).</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/messages.py" line="17" />
            <source>family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="18" />
            <source>address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="19" />
            <source>locality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="20" />
            <source>neighbourhood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="21" />
            <source>file number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="22" />
            <source>opening date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="23" />
            <source>closing date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="24" />
            <source>reason for closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="25" />
            <source>status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="26" />
            <location filename="../../desktop/messages.py" line="49" />
            <source>team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="27" />
            <source>worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="28" />
            <source>assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="29" />
            <source>relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="30" />
            <source>person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="31" />
            <source>first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="32" />
            <source>last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="33" />
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="34" />
            <source>kind of identity document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="35" />
            <source>birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="36" />
            <source>sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="37" />
            <source>preferred language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="38" />
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="39" />
            <source>kind of note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="40" />
            <source>note date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="41" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="42" />
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="43" />
            <source>due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="44" />
            <source>search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="45" />
            <source>user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="46" />
            <source>password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="47" />
            <source>full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="48" />
            <source>role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="50" />
            <source>name and birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="69" />
            <source>Please fill in the {field}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="70" />
            <source>The {field} is too long (at most {max} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="71" />
            <source>The ID number is not valid (check digit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="72" />
            <source>The birth date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="73" />
            <source>The birth date is too far in the past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="74" />
            <source>The {field} cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="75" />
            <source>The file number {value} is already taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="76" />
            <source>The file number must look like 2026/0001.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="77" />
            <source>The search text is too long (at most {max} characters).</source>
            <translation>نص البحث طويل جدًا (حتى {max} حرفًا).</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="78" />
            <source>The file is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="79" />
            <source>The file is not closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="80" />
            <source>The closing date is before the file was opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="81" />
            <source>Please choose a valid {field}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="82" />
            <source>This worker cannot be assigned files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="83" />
            <source>You can only choose your own team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="84" />
            <source>The team does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="85" />
            <source>The team name is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="86" />
            <source>The note is signed and can no longer be changed; write a correction instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="87" />
            <source>Only a signed note can be corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="88" />
            <source>The phone number {value} is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="89" />
            <source>The passport number is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="90" />
            <source>This person is already a member of the family file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="91" />
            <source>The user name may contain only lower-case Latin letters, digits and _.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="92" />
            <source>Unknown role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="93" />
            <source>The password is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="94" />
            <source>The database security roles are not installed ({role}). Ask the system administrator to run: maane db upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="95" />
            <source>The password is too short (at least {min} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="96" />
            <source>The database file {path} is on a network drive, where SQLite is not safe. Several users need the shared PostgreSQL database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="98" />
            <source>This kind of database is not supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="99" />
            <source>The {field} is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="104" />
            <source>You are not allowed to do this. The attempt was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="106" />
            <source>Someone else changed this record since you opened it. Reload it to see the current version, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="109" />
            <source>The record was not found; it may have been removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="112" />
            <source>A user with this name already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="114" />
            <source>A person with the same name and birth date already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="116" />
            <source>A person with this ID number already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="119" />
            <source>The login {login} is not a Maane user. Ask the system administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="121" />
            <source>Wrong user name or password. {remaining} attempts left before the account is locked.</source>
            <translation>اسم المستخدم أو كلمة المرور غير صحيحة. تبقّى {remaining} محاولات قبل قفل الحساب.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="123" />
            <source>Wrong user name or password.</source>
            <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="125" />
            <source>The account is locked after too many failed attempts. Try again after {until}.</source>
            <translation>الحساب مقفل بعد محاولات فاشلة كثيرة. حاول مرة أخرى بعد {until}.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="128" />
            <source>The database holds no Maane data structure (expected revision {expected}). Ask the system administrator to run: maane db upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="131" />
            <source>The database is at revision {found}, this program needs revision {expected}. Ask the system administrator to run: maane db upgrade</source>
            <translation>قاعدة البيانات في الإصدار {found}، والبرنامج يحتاج الإصدار {expected}. اطلب من مسؤول النظام تشغيل: maane db upgrade</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="134" />
            <source>The database cannot be reached. Check the network connection or the database settings.</source>
            <translation>لا يمكن الوصول إلى قاعدة البيانات. تحقّق من الاتصال بالشبكة أو من إعدادات قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="137" />
            <source>The action failed ({code}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="149" />
            <source>intake social worker</source>
            <translation>عامل/ة اجتماعي/ة للاستقبال</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="150" />
            <source>family social worker</source>
            <translation>عامل/ة اجتماعي/ة للعائلات</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="151" />
            <source>youth-law social worker</source>
            <translation>عامل/ة اجتماعي/ة لقانون الشبيبة</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="152" />
            <source>committee coordinator</source>
            <translation>مركّز/ة لجنة خطط العلاج</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="153" />
            <source>clubs social worker</source>
            <translation>عامل/ة اجتماعي/ة للنوادي</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="154" />
            <source>team head</source>
            <translation>رئيس/ة طاقم</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="155" />
            <source>department manager</source>
            <translation>مدير/ة القسم</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="156" />
            <source>system administrator</source>
            <translation>مسؤول النظام</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="161" />
            <source>open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="161" />
            <source>closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="165" />
            <source>parent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="165" />
            <source>child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="165" />
            <location filename="../../desktop/messages.py" line="174" />
            <location filename="../../desktop/messages.py" line="185" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="170" />
            <source>home visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="171" />
            <source>office meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="172" />
            <source>phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="173" />
            <source>contact with another service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="180" />
            <source>treatment goals met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="181" />
            <source>moved away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="182" />
            <source>family refused treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="183" />
            <source>transferred to another service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="184" />
            <source>no contact with the family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="191" />
            <source>viewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="192" />
            <source>searched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="193" />
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="194" />
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="195" />
            <source>file closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="196" />
            <source>file reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="197" />
            <source>reassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="198" />
            <source>restriction changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="199" />
            <source>member added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="200" />
            <source>note signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="201" />
            <source>note corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="202" />
            <source>viewed the access log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="203" />
            <source>signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="204" />
            <source>printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="205" />
            <source>exported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyTasksView</name>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="35" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="42" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="42" />
            <source>File no.</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="42" />
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="43" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="52" />
            <source>My open tasks</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/tasks/my_tasks.py" line="89" />
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
            <location filename="../../desktop/families/dialogs.py" line="101" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="109" />
            <source>Sign now (a signed note can no longer be changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="110" />
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="111" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="112" />
            <source>Text:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="158" />
            <source>Reassign to a worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="168" />
            <source>Worker:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="52" />
            <source>Reload the file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="141" />
            <source>New task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="144" />
            <source>Due date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="148" />
            <source>Task:</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
    <context>
        <name>CloseFileDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="176" />
            <source>Close the file</source>
            <translation>סגירת תיק</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="183" />
            <source>Reason:</source>
            <translation>סיבה:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="184" />
            <source>Closing date:</source>
            <translation>תאריך סגירה:</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../desktop/login.py" line="205" />
            <source>Maane — no connection to the database</source>
            <translation>מענה — אין חיבור למסד הנתונים</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="217" />
            <source>A database file on this computer (SQLite)</source>
            <translation>קובץ מסד נתונים במחשב זה (SQLite)</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="218" />
            <source>The department's shared database server (PostgreSQL)</source>
            <translation>שרת מסד הנתונים המשותף של המחלקה (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="224" />
            <source>Browse…</source>
            <translation>עיון…</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="238" />
            <source>File:</source>
            <translation>קובץ:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="240" />
            <source>Server:</source>
            <translation>שרת:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="241" />
            <source>Port:</source>
            <translation>פורט:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="242" />
            <source>Database:</source>
            <translation>מסד נתונים:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="245" />
            <source>Retry</source>
            <translation>ניסיון חוזר</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="246" />
            <source>Quit</source>
            <translation>יציאה</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="276" />
            <source>Maane could not open the database.</source>
            <translation>מענה לא הצליחה לפתוח את מסד הנתונים.</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="286" />
            <source>Database file</source>
            <translation>קובץ מסד נתונים</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="287" />
            <source>SQLite database (*.sqlite);;All files (*)</source>
            <translation>מסד נתונים SQLite (*.sqlite);;כל הקבצים (*)</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="124" />
            <source>Correction</source>
            <translation>תיקון</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="132" />
            <source>Note of %1:</source>
            <translation>רישום מ-%1:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="133" />
            <source>Corrected text:</source>
            <translation>הטקסט המתוקן:</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../desktop/app.py" line="122" />
            <source>Maane — unexpected error</source>
            <translation>מענה — תקלה לא צפויה</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="123" />
            <source>Something went wrong inside Maane. Your work so far was not lost; you can continue working. Please send the details below to the system administrator.</source>
            <translation>אירעה תקלה בתוך מענה. העבודה שלך עד כה לא אבדה, ואפשר להמשיך לעבוד. נא להעביר את הפרטים שלהלן למנהל/ת המערכת.</translation>
        </message>
    </context>
    <context>
        <name>FamilyListView</name>
        <message>
            <location filename="../../desktop/families/list_view.py" line="53" />
            <source>Search: family name, member name, ID number, phone or file number</source>
            <translation>חיפוש: שם משפחה, שם בן/בת משפחה, ת"ז, טלפון או מספר תיק</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="56" />
            <source>Include closed</source>
            <translation>כולל סגורים</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="88" />
            <source>Search:</source>
            <translation>חיפוש:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>File no.</source>
            <translation>מס' תיק</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Family</source>
            <translation>משפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Address</source>
            <translation>כתובת</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Worker</source>
            <translation>עו"ס מטפל/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="106" />
            <source>Team</source>
            <translation>צוות</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="107" />
            <source>Status</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="107" />
            <source>Restricted</source>
            <translation>חסוי</translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="127" />
            <source>restricted</source>
            <translation>חסוי</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/families/list_view.py" line="154" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>תיק אחד</numerusform>
                <numerusform>%n תיקים</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/families/list_view.py" line="173" />
            <source>The list could not be loaded: %1</source>
            <translation>לא ניתן לטעון את הרשימה: %1</translation>
        </message>
    </context>
    <context>
        <name>FileView</name>
        <message>
            <location filename="../../desktop/families/file_view.py" line="84" />
            <source>Back to the list</source>
            <translation>חזרה לרשימה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="86" />
            <source>Reload</source>
            <translation>רענון</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="88" />
            <source>Reassign to a worker</source>
            <translation>העברה לעובד/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="90" />
            <source>Close the file</source>
            <translation>סגירת תיק</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="92" />
            <source>Reopen</source>
            <translation>פתיחה מחדש</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="109" />
            <source>Restricted file</source>
            <translation>תיק חסוי</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="121" />
            <source>Address:</source>
            <translation>כתובת:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="121" />
            <source>Locality / neighbourhood:</source>
            <translation>יישוב / שכונה:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="122" />
            <source>Worker:</source>
            <translation>עו"ס מטפל/ת:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="122" />
            <source>Team:</source>
            <translation>צוות:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="122" />
            <source>Status:</source>
            <translation>מצב:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="123" />
            <source>Opened:</source>
            <translation>נפתח:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="123" />
            <source>Closed:</source>
            <translation>נסגר:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="144" />
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="144" />
            <source>Name in Arabic</source>
            <translation>שם בערבית</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="144" />
            <source>ID number</source>
            <translation>ת"ז</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="145" />
            <source>Birth date</source>
            <translation>תאריך לידה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="145" />
            <source>Relation</source>
            <translation>קרבה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="145" />
            <source>Phones</source>
            <translation>טלפונים</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="146" />
            <source>Members</source>
            <translation>בני משפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="149" />
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="149" />
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="149" />
            <source>Author</source>
            <translation>כותב/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="150" />
            <source>State</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="150" />
            <source>Text</source>
            <translation>תוכן</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="155" />
            <source>New note</source>
            <translation>רישום חדש</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="157" />
            <source>Sign</source>
            <translation>חתימה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="159" />
            <source>Correction</source>
            <translation>תיקון</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="169" />
            <source>Notes</source>
            <translation>רישומים</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="172" />
            <source>Done</source>
            <translation>בוצע</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="172" />
            <source>Task</source>
            <translation>משימה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="172" />
            <source>Due</source>
            <translation>מועד</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="173" />
            <source>Assignee</source>
            <translation>אחראי/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="175" />
            <source>New task</source>
            <translation>משימה חדשה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="183" />
            <source>Tasks</source>
            <translation>משימות</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="211" />
            <source>%1 — file %2</source>
            <translation>%1 — תיק %2</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="215" />
            <source>not assigned</source>
            <translation>לא שויך</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="248" />
            <source>signed</source>
            <translation>חתום</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="248" />
            <source>draft</source>
            <translation>טיוטה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="253" />
            <source>Correction of the note of %1</source>
            <translation>תיקון לרישום מ-%1</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="255" />
            <source>corrected</source>
            <translation>תוקן</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="279" />
            <source>Time</source>
            <translation>זמן</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="279" />
            <source>User</source>
            <translation>משתמש/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="279" />
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="280" />
            <source>Allowed</source>
            <translation>הותר</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="282" />
            <source>Access log</source>
            <translation>יומן גישה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="306" />
            <source>yes</source>
            <translation>כן</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="306" />
            <source>no</source>
            <translation>לא</translation>
        </message>
        <message>
            <location filename="../../desktop/families/file_view.py" line="314" />
            <source>The file was changed</source>
            <translation>התיק שונה</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop/login.py" line="61" />
            <source>SQLite file: %1</source>
            <translation>קובץ SQLite: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="63" />
            <source>PostgreSQL server %1:%2, database %3</source>
            <translation>שרת PostgreSQL %1:%2, מסד נתונים %3</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="79" />
            <source>Maane — sign in</source>
            <translation>מענה — כניסה</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="82" />
            <source>Maane</source>
            <translation>מענה</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="88" />
            <source>Department of social services — case management</source>
            <translation>המחלקה לשירותים חברתיים — ניהול תיקים</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="99" />
            <source>User name:</source>
            <translation>שם משתמש:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="100" />
            <source>Password:</source>
            <translation>סיסמה:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="104" />
            <source>Database:</source>
            <translation>מסד נתונים:</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="113" />
            <source>Access is personal. Every access to the information is recorded.</source>
            <translation>הגישה אישית. כל גישה למידע נרשמת.</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="117" />
            <source>Sign in</source>
            <translation>כניסה</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="119" />
            <source>Exit</source>
            <translation>יציאה</translation>
        </message>
        <message>
            <location filename="../../desktop/login.py" line="138" />
            <source>Please type your user name.</source>
            <translation>נא להקליד שם משתמש.</translation>
        </message>
    </context>
    <context>
        <name>MaaneApp</name>
        <message>
            <location filename="../../desktop/app.py" line="252" />
            <source>Maane — database of another version</source>
            <translation>מענה — מסד נתונים של גרסה אחרת</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="36" />
            <source>Maane — %1 (%2)</source>
            <translation>מענה — %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="52" />
            <source>Family files</source>
            <translation>תיקי משפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="59" />
            <source>My tasks</source>
            <translation>המשימות שלי</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="61" />
            <source>Your role has no case-work modules in this version of Maane.</source>
            <translation>לתפקיד שלך אין מודולים של עבודה בתיקים בגרסה זו של מענה.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="63" />
            <source>Welcome</source>
            <translation>ברוכים הבאים</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="73" />
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="74" />
            <source>Sign out</source>
            <translation>התנתקות</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="77" />
            <source>Exit</source>
            <translation>יציאה</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="84" />
            <source>Access to this information is recorded in the access log (Privacy Protection Regulations).</source>
            <translation>הגישה למידע זה נרשמת ביומן הגישה (תקנות הגנת הפרטיות).</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/messages.py" line="17" />
            <source>family name</source>
            <translation>שם המשפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="18" />
            <source>address</source>
            <translation>כתובת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="19" />
            <source>locality</source>
            <translation>יישוב</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="20" />
            <source>neighbourhood</source>
            <translation>שכונה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="21" />
            <source>file number</source>
            <translation>מספר התיק</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="22" />
            <source>opening date</source>
            <translation>תאריך הפתיחה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="23" />
            <source>closing date</source>
            <translation>תאריך הסגירה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="24" />
            <source>reason for closing</source>
            <translation>סיבת הסגירה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="25" />
            <source>status</source>
            <translation>מצב</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="26" />
            <location filename="../../desktop/messages.py" line="49" />
            <source>team</source>
            <translation>צוות</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="27" />
            <source>worker</source>
            <translation>עובד/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="28" />
            <source>assignee</source>
            <translation>אחראי/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="29" />
            <source>relation</source>
            <translation>קרבה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="30" />
            <source>person</source>
            <translation>אדם</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="31" />
            <source>first name</source>
            <translation>שם פרטי</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="32" />
            <source>last name</source>
            <translation>שם משפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="33" />
            <source>ID number</source>
            <translation>ת"ז</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="34" />
            <source>kind of identity document</source>
            <translation>סוג מסמך הזיהוי</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="35" />
            <source>birth date</source>
            <translation>תאריך לידה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="36" />
            <source>sex</source>
            <translation>מין</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="37" />
            <source>preferred language</source>
            <translation>שפה מועדפת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="38" />
            <source>phone</source>
            <translation>טלפון</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="39" />
            <source>kind of note</source>
            <translation>סוג הרישום</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="40" />
            <source>note date</source>
            <translation>תאריך הרישום</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="41" />
            <source>text</source>
            <translation>טקסט</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="42" />
            <source>title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="43" />
            <source>due date</source>
            <translation>מועד</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="44" />
            <source>search</source>
            <translation>חיפוש</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="45" />
            <source>user name</source>
            <translation>שם משתמש</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="46" />
            <source>password</source>
            <translation>סיסמה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="47" />
            <source>full name</source>
            <translation>שם מלא</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="48" />
            <source>role</source>
            <translation>תפקיד</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="50" />
            <source>name and birth date</source>
            <translation>שם ותאריך לידה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="69" />
            <source>Please fill in the {field}.</source>
            <translation>נא למלא: {field}.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="70" />
            <source>The {field} is too long (at most {max} characters).</source>
            <translation>השדה "{field}" ארוך מדי (עד {max} תווים).</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="71" />
            <source>The ID number is not valid (check digit).</source>
            <translation>מספר תעודת הזהות אינו תקין (ספרת ביקורת).</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="72" />
            <source>The birth date cannot be in the future.</source>
            <translation>תאריך הלידה אינו יכול להיות בעתיד.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="73" />
            <source>The birth date is too far in the past.</source>
            <translation>תאריך הלידה רחוק מדי בעבר.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="74" />
            <source>The {field} cannot be in the future.</source>
            <translation>השדה "{field}" אינו יכול להיות בעתיד.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="75" />
            <source>The file number {value} is already taken.</source>
            <translation>מספר התיק {value} כבר תפוס.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="76" />
            <source>The file number must look like 2026/0001.</source>
            <translation>מספר התיק צריך להיות בצורה 2026/0001.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="77" />
            <source>The search text is too long (at most {max} characters).</source>
            <translation>טקסט החיפוש ארוך מדי (עד {max} תווים).</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="78" />
            <source>The file is already closed.</source>
            <translation>התיק כבר סגור.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="79" />
            <source>The file is not closed.</source>
            <translation>התיק אינו סגור.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="80" />
            <source>The closing date is before the file was opened.</source>
            <translation>תאריך הסגירה מוקדם מתאריך פתיחת התיק.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="81" />
            <source>Please choose a valid {field}.</source>
            <translation>נא לבחור ערך תקין בשדה "{field}".</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="82" />
            <source>This worker cannot be assigned files.</source>
            <translation>לא ניתן לשייך תיקים לעובד/ת זה/זו.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="83" />
            <source>You can only choose your own team.</source>
            <translation>אפשר לבחור רק את הצוות שלך.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="84" />
            <source>The team does not exist.</source>
            <translation>הצוות אינו קיים.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="85" />
            <source>The team name is not valid.</source>
            <translation>שם הצוות אינו תקין.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="86" />
            <source>The note is signed and can no longer be changed; write a correction instead.</source>
            <translation>הרישום חתום ואי אפשר לשנות אותו עוד; יש לכתוב תיקון.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="87" />
            <source>Only a signed note can be corrected.</source>
            <translation>אפשר לתקן רק רישום חתום.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="88" />
            <source>The phone number {value} is not valid.</source>
            <translation>מספר הטלפון {value} אינו תקין.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="89" />
            <source>The passport number is not valid.</source>
            <translation>מספר הדרכון אינו תקין.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="90" />
            <source>This person is already a member of the family file.</source>
            <translation>האדם כבר רשום כבן/בת משפחה בתיק.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="91" />
            <source>The user name may contain only lower-case Latin letters, digits and _.</source>
            <translation>שם המשתמש יכול להכיל רק אותיות לטיניות קטנות, ספרות ו-_.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="92" />
            <source>Unknown role.</source>
            <translation>תפקיד לא מוכר.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="93" />
            <source>The password is not valid.</source>
            <translation>הסיסמה אינה תקינה.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="94" />
            <source>The database security roles are not installed ({role}). Ask the system administrator to run: maane db upgrade</source>
            <translation>תפקידי האבטחה של מסד הנתונים אינם מותקנים ({role}). יש לבקש ממנהל המערכת להריץ: maane db upgrade</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="95" />
            <source>The password is too short (at least {min} characters).</source>
            <translation>הסיסמה קצרה מדי (לפחות {min} תווים).</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="96" />
            <source>The database file {path} is on a network drive, where SQLite is not safe. Several users need the shared PostgreSQL database.</source>
            <translation>קובץ מסד הנתונים {path} נמצא בכונן רשת, ושם SQLite אינו בטוח. לכמה משתמשים יש להשתמש במסד הנתונים המשותף (PostgreSQL).</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="98" />
            <source>This kind of database is not supported.</source>
            <translation>סוג מסד הנתונים הזה אינו נתמך.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="99" />
            <source>The {field} is not valid.</source>
            <translation>השדה "{field}" אינו תקין.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="104" />
            <source>You are not allowed to do this. The attempt was recorded.</source>
            <translation>אין לך הרשאה לפעולה זו. הניסיון נרשם.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="106" />
            <source>Someone else changed this record since you opened it. Reload it to see the current version, then try again.</source>
            <translation>מישהו אחר שינה את הרשומה מאז שפתחת אותה. יש לרענן כדי לראות את הגרסה העדכנית, ואז לנסות שוב.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="109" />
            <source>The record was not found; it may have been removed.</source>
            <translation>הרשומה לא נמצאה; ייתכן שהוסרה.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="112" />
            <source>A user with this name already exists.</source>
            <translation>כבר קיים משתמש בשם זה.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="114" />
            <source>A person with the same name and birth date already exists.</source>
            <translation>כבר קיים אדם עם אותו שם ותאריך לידה.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="116" />
            <source>A person with this ID number already exists.</source>
            <translation>כבר קיים אדם עם מספר זהות זה.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="119" />
            <source>The login {login} is not a Maane user. Ask the system administrator.</source>
            <translation>המשתמש {login} אינו משתמש של מענה. יש לפנות למנהל/ת המערכת.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="121" />
            <source>Wrong user name or password. {remaining} attempts left before the account is locked.</source>
            <translation>שם משתמש או סיסמה שגויים. נותרו {remaining} ניסיונות לפני נעילת החשבון.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="123" />
            <source>Wrong user name or password.</source>
            <translation>שם משתמש או סיסמה שגויים.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="125" />
            <source>The account is locked after too many failed attempts. Try again after {until}.</source>
            <translation>החשבון נעול לאחר ניסיונות כושלים רבים מדי. אפשר לנסות שוב אחרי {until}.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="128" />
            <source>The database holds no Maane data structure (expected revision {expected}). Ask the system administrator to run: maane db upgrade</source>
            <translation>מסד הנתונים אינו מכיל את מבנה הנתונים של מענה (נדרשת גרסה {expected}). יש לבקש ממנהל המערכת להריץ: maane db upgrade</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="131" />
            <source>The database is at revision {found}, this program needs revision {expected}. Ask the system administrator to run: maane db upgrade</source>
            <translation>מבנה מסד הנתונים בגרסה {found}, והתוכנה זקוקה לגרסה {expected}. יש לבקש ממנהל המערכת להריץ: maane db upgrade</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="134" />
            <source>The database cannot be reached. Check the network connection or the database settings.</source>
            <translation>אין גישה למסד הנתונים. יש לבדוק את החיבור לרשת או את הגדרות מסד הנתונים.</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="137" />
            <source>The action failed ({code}).</source>
            <translation>הפעולה נכשלה ({code}).</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="149" />
            <source>intake social worker</source>
            <translation>עו"ס אינטייק</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="150" />
            <source>family social worker</source>
            <translation>עו"ס משפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="151" />
            <source>youth-law social worker</source>
            <translation>עו"ס לחוק הנוער</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="152" />
            <source>committee coordinator</source>
            <translation>מרכז/ת הוועדה לתכניות טיפול</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="153" />
            <source>clubs social worker</source>
            <translation>עו"ס מועדוניות</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="154" />
            <source>team head</source>
            <translation>ראש צוות</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="155" />
            <source>department manager</source>
            <translation>מנהל/ת המחלקה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="156" />
            <source>system administrator</source>
            <translation>מנהל מערכת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="161" />
            <source>open</source>
            <translation>פתוח</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="161" />
            <source>closed</source>
            <translation>סגור</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="165" />
            <source>parent</source>
            <translation>הורה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="165" />
            <source>child</source>
            <translation>ילד/ה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="165" />
            <location filename="../../desktop/messages.py" line="174" />
            <location filename="../../desktop/messages.py" line="185" />
            <source>other</source>
            <translation>אחר</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="170" />
            <source>home visit</source>
            <translation>ביקור בית</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="171" />
            <source>office meeting</source>
            <translation>פגישה במשרד</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="172" />
            <source>phone call</source>
            <translation>שיחת טלפון</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="173" />
            <source>contact with another service</source>
            <translation>קשר עם גורם אחר</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="180" />
            <source>treatment goals met</source>
            <translation>מטרות הטיפול הושגו</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="181" />
            <source>moved away</source>
            <translation>עזבו את היישוב</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="182" />
            <source>family refused treatment</source>
            <translation>המשפחה סירבה לטיפול</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="183" />
            <source>transferred to another service</source>
            <translation>הועבר לשירות אחר</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="184" />
            <source>no contact with the family</source>
            <translation>אין קשר עם המשפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="191" />
            <source>viewed</source>
            <translation>צפייה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="192" />
            <source>searched</source>
            <translation>חיפוש</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="193" />
            <source>created</source>
            <translation>יצירה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="194" />
            <source>changed</source>
            <translation>שינוי</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="195" />
            <source>file closed</source>
            <translation>סגירת התיק</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="196" />
            <source>file reopened</source>
            <translation>פתיחה מחדש</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="197" />
            <source>reassigned</source>
            <translation>העברה לעובד/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="198" />
            <source>restriction changed</source>
            <translation>שינוי חיסיון</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="199" />
            <source>member added</source>
            <translation>הוספת בן/בת משפחה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="200" />
            <source>note signed</source>
            <translation>חתימת רישום</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="201" />
            <source>note corrected</source>
            <translation>תיקון רישום</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="202" />
            <source>viewed the access log</source>
            <translation>צפייה ביומן הגישה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="203" />
            <source>signed in</source>
            <translation>כניסה למערכת</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="204" />
            <source>printed</source>
            <translation>הדפסה</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="205" />
            <source>exported</source>
            <translation>ייצוא</translation>
        </message>
    </context>
    <context>
        <name>MyTasksView</name>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="35" />
            <source>Refresh</source>
            <translation>רענון</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="42" />
            <source>Done</source>
            <translation>בוצע</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="42" />
            <source>File no.</source>
            <translation>מס' תיק</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="42" />
            <source>Task</source>
            <translation>משימה</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="43" />
            <source>Due</source>
            <translation>מועד</translation>
        </message>
        <message>
            <location filename="../../desktop/tasks/my_tasks.py" line="52" />
            <source>My open tasks</source>
            <translation>המשימות הפתוחות שלי</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/tasks/my_tasks.py" line="89" />
            <source>%n open task(s)</source>
            <translation>
                <numerusform>משימה פתוחה אחת</numerusform>
                <numerusform>%n משימות פתוחות</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="101" />
            <source>New note</source>
            <translation>רישום חדש</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="109" />
            <source>Sign now (a signed note can no longer be changed)</source>
            <translation>לחתום עכשיו (רישום חתום אי אפשר לשנות)</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="110" />
            <source>Kind:</source>
            <translation>סוג:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="111" />
            <source>Date:</source>
            <translation>תאריך:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="112" />
            <source>Text:</source>
            <translation>תוכן:</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="158" />
            <source>Reassign to a worker</source>
            <translation>העברה לעובד/ת</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="168" />
            <source>Worker:</source>
            <translation>עו"ס מטפל/ת:</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="52" />
            <source>Reload the file</source>
            <translation>רענון התיק</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="141" />
            <source>New task</source>
            <translation>משימה חדשה</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="144" />
            <source>Due date:</source>
            <translation>מועד:</translation>
        </message>
        <message>
            <location filename="../../desktop/families/dialogs.py" line="148" />
            <source>Task:</source>
            <translation>משימה:</translation>
        </message>
    </context>
</TS>

## Kindergarten and the preparatory preschool programme (issue 17): tips with a "step by step" button to the guide.
## When they are sent is in content/data/tips.yaml: kindergarten at about 2½, the PPP in the spring of the year the
## child starts it.

tip-x-kindergarten-enrolment =
    Your child is getting close to 3, and from 3 children can go to kindergarten. Ask in good time when enrolment opens: in Zemun, the kindergartens are run by the preschool institution “Dr Sima Milošević”.

    Ask too whether your child can get a place before others. The mediator and the CIM drop-in centre help with the papers.

tip-x-preschool-enrolment =
    In the year before school, from about 5½, every child goes to the preparatory preschool programme (PPP): it is compulsory and free. If your child is about 5½ by the autumn, they start the PPP this autumn, and enrolment is usually now, in the spring.

    Ask the kindergarten whether this is the year and when enrolment is. The mediator and the CIM drop-in centre help with the papers.
